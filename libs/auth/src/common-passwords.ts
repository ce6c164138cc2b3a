/**
 * Passwords of 12+ characters that appear near the top of public breach corpora, plus the stems people pad with
 * digits. Checked case-insensitively; a password is also refused when it is one of these stems followed only by
 * digits or symbols (e.g. "Password2024!").
 */
export const COMMON_PASSWORDS: readonly string[] = [
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567890qwerty', '111111111111',
  '000000000000', '123123123123', '121212121212', '987654321098', '147258369147', '123qweasdzxc', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', 'qwertyuiopas', 'qwertyuiop12', 'qwerty123456', 'qwertyuiop123', 'asdfghjkl123', 'zxcvbnm12345',
  'password1234', 'password12345', 'password123456', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'iloveyou1234',
  'abc123456789', 'abcdefghijkl', 'abcd12345678', 'aaaaaaaaaaaa', 'letmein12345', 'welcome12345', 'welcome2024!',
  'changeme1234', 'administrator', 'administrator1', 'admin1234567', 'admin123456789', 'football1234', 'baseball1234',
  'superman1234', 'princess1234', 'sunshine1234', 'trustno11234', 'monkey123456', 'dragon123456', 'master123456',
  'whatever1234', 'starwars1234', 'correcthorsebatterystaple', 'thequickbrownfox', 'unitednations', 'unitednations1',
  'trafficking1', 'trafficking123', 'palermoprotocol', 'workinggroup1', 'secretariat1', 'focalpoint123',
];

export const COMMON_STEMS: readonly string[] = [
  '', 'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'letmein', 'welcome',
  'changeme', 'admin', 'administrator', 'iloveyou', 'abc', 'abcdef', 'monkey', 'dragon', 'master', 'football', 'baseball',
  'superman', 'princess', 'sunshine', 'shadow', 'michael', 'secret', 'login', 'user', 'test', 'guest', 'default',
  'summer', 'winter', 'spring', 'autumn', 'unodc', 'unitednations', 'trafficking', 'secretariat', 'focalpoint',
];
