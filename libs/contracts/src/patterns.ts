/**
 * The shapes of the codes the API accepts. One RegExp each: the DTOs validate with it, the OpenAPI document and the
 * database checks use its `.source`, a client validates its forms with it.
 */

/** A State: its ISO 3166-1 alpha-3 code, three capital letters (`KEN`). */
export const STATE_CODE_PATTERN = /^[A-Z]{3}$/;

/** A theme: snake_case, a letter first, 2–63 characters (`child_trafficking`). */
export const THEME_CODE_PATTERN = /^[a-z][a-z0-9_]{1,62}$/;

/**
 * A recommendation's number as its report cites it, the last part of its reference (`32`, `51(a)`, `51(i)(一)`):
 * letters, digits, parentheses, dots, hyphens and CJK numerals, at most 40 characters.
 */
export const RECOMMENDATION_NUMBER_PATTERN = /^[0-9A-Za-z()\u4e00-\u9fff.-]{1,40}$/u;

/** An article of the Trafficking in Persons Protocol (`tip_6`) or of the Organized Crime Convention (`untoc_25`). */
export const ARTICLE_CODE_PATTERN = /^(?:tip|untoc)_[1-9][0-9]?$/;
