/** A plausible e-mail address, checked before sending (the API's own validation decides). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const looksLikeEmail = (value: string): boolean => EMAIL.test(value.trim());
