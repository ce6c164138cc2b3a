import { generatePassword } from './password-hasher.js';
import { passwordProblem, PASSWORD_MIN_LENGTH } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['short1!', /at least 12/],
    ['password1234', /too easy to guess/],
    ['Password2024!', /too easy to guess/],
    ['QWERTYUIOP12', /too easy to guess/],
    ['123456789012', /too easy to guess/],
    // Caught by the dictionaries, not by any short list: a name and a year, a keyboard walk, the system's own words.
    ['Jennifer1987!', /too easy to guess/],
    ['1qaz2wsx3edc4rfv', /too easy to guess/],
    ['Trafficking2026!', /too easy to guess/],
    ['aaaaaaaaaaaaab', /too few different/],
    ['x'.repeat(257), /at most 256/],
  ])('refuses %p', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it('refuses a password containing the e-mail name', () => {
    expect(passwordProblem('my-amina.diallo-pass', { email: 'amina.diallo@example.org' })).toMatch(/e-mail name/);
  });

  it.each(['Correct-Horse-Battery-42', 'mango ledger quietly 88 orbit', '贩运人口问题工作组建议的执行情况'])('accepts %p', (password) => {
    expect(passwordProblem(password, { email: 'someone@example.org' })).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('贩运人口问题工作组建议')).toMatch(new RegExp(`at least ${PASSWORD_MIN_LENGTH}`));
  });

  it('generates temporary passwords that pass the policy', () => {
    for (let i = 0; i < 20; i++) expect(passwordProblem(generatePassword())).toBeNull();
  });
});
