/**
 * Whether the person picked a language by hand during this visit (in this tab). Then their choice is saved to the
 * account on sign-in; otherwise the account's remembered language is applied.
 */
let chosen = false;

export function markLanguageChosen(): void {
  chosen = true;
}

export function languageChosenThisVisit(): boolean {
  return chosen;
}
