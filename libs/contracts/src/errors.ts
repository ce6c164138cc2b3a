/**
 * Every coded domain error, grouped per feature: code → { kind, message }. The libs build their error classes from
 * these tables (`defineErrors(name, TABLE)` in #common); the HTTP edge maps kinds to status codes with
 * HTTP_STATUS_BY_KIND; a client maps `code` (the problem's `code` member) to its own wording with ERROR_CODES.
 * A code is declared here and nowhere else.
 */

/** What kind of failure a domain error is. Libs never speak HTTP; the edge maps kinds to status codes. */
export const ERROR_KINDS = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'too_many_requests',
  'unavailable',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The one map from domain error kinds to HTTP status codes. */
export const HTTP_STATUS_BY_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  precondition_required: 428,
  too_many_requests: 429,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

export interface ErrorSpec {
  kind: ErrorKind;
  /** The default English detail; a client shows its own text for the code. */
  message: string;
}
export type ErrorTable = Record<string, ErrorSpec>;

/** CommonError: Shared by every feature (validation, not found, ETag preconditions). */
export const COMMON_ERRORS = {
  VALIDATION_FAILED: { kind: 'invalid', message: 'The request is not valid.' },
  NOT_FOUND: { kind: 'not_found', message: 'The resource does not exist.' },
  PRECONDITION_REQUIRED: { kind: 'precondition_required', message: 'This update requires an If-Match header with the current ETag.' },
  PRECONDITION_FAILED: { kind: 'precondition_failed', message: 'The resource has changed since you read it (ETag mismatch).' },
} as const satisfies ErrorTable;

/** AuthError: Sign-in, tokens, accounts. */
export const AUTH_ERRORS = {
  INVALID_CREDENTIALS: { kind: 'unauthenticated', message: 'The e-mail or password is not correct.' },
  INVALID_TOKEN: { kind: 'unauthenticated', message: 'The token is invalid, expired or revoked.' },
  TOO_MANY_ATTEMPTS: { kind: 'too_many_requests', message: 'Too many failed sign-in attempts; try again later.' },
  PASSWORD_CHANGE_REQUIRED: { kind: 'forbidden', message: 'You must change your temporary password first.' },
  FORBIDDEN: { kind: 'forbidden', message: 'You do not have permission to do this.' },
  WEAK_PASSWORD: { kind: 'invalid', message: 'The password does not meet the password policy.' },
  WRONG_CURRENT_PASSWORD: { kind: 'invalid', message: 'The current password is not correct.' },
  USER_NOT_FOUND: { kind: 'not_found', message: 'No such user.' },
  EMAIL_TAKEN: { kind: 'conflict', message: 'A user with this e-mail already exists.' },
  LAST_ADMIN: { kind: 'conflict', message: 'This would leave the system without an active admin.' },
  INVALID_USER: { kind: 'invalid', message: 'The user is not valid.' },
  INVALID_ACCOUNT_LINK: { kind: 'invalid', message: 'This link is not valid: it was already used, replaced by a newer one, or has expired.' },
  SESSION_NOT_FOUND: { kind: 'not_found', message: 'No such session.' },
  REFRESH_TOKEN_REQUIRED: { kind: 'invalid', message: 'Send the refresh token in the body (refreshToken) or as the session cookie.' },
  CSRF_ORIGIN_REFUSED: { kind: 'forbidden', message: 'This request comes from a page of another origin; the session cookie is only accepted from this application.' },
} as const satisfies ErrorTable;

/** AuthError (bulk invitation of focal points): the file as a whole. Each row's problems use BULK_ROW_PROBLEMS. */
export const BULK_INVITATION_ERRORS = {
  NO_FILE: { kind: 'invalid', message: 'Send the file as multipart/form-data in a field named "file".' },
  BULK_FILE_TOO_LARGE: { kind: 'payload_too_large', message: 'The file can be at most 1 MB.' },
  BULK_UNSUPPORTED_FILE: { kind: 'unsupported_media_type', message: 'Send a CSV (UTF-8 text) or an XLSX workbook.' },
  BULK_FILE_UNREADABLE: { kind: 'unprocessable', message: 'The file could not be read as CSV or XLSX.' },
  BULK_HEADER_MISSING: { kind: 'unprocessable', message: 'No header row naming the columns e-mail, name and state was found.' },
  BULK_EMPTY: { kind: 'unprocessable', message: 'The file has a header row but no person in it.' },
  BULK_TOO_MANY_ROWS: { kind: 'unprocessable', message: 'A file can invite at most 500 people; split it.' },
  BULK_INVITATION_INVALID: { kind: 'unprocessable', message: 'Some rows have problems; nothing was written. Fix the rows listed and send the file again.' },
} as const satisfies ErrorTable;

/**
 * The problems a row of a bulk invitation file can have (in `rows[].problems[].code` of the preview and of a refused
 * BULK_INVITATION_INVALID), each with the column it is about. Not errors of their own: a client words them like codes.
 */
export const BULK_ROW_PROBLEMS = {
  BULK_EMAIL_MISSING: { field: 'email', message: 'The e-mail address is missing.' },
  BULK_EMAIL_INVALID: { field: 'email', message: 'This is not a valid e-mail address.' },
  BULK_EMAIL_DUPLICATE_IN_FILE: { field: 'email', message: 'This e-mail address is already on an earlier row of the file.' },
  BULK_EMAIL_TAKEN: { field: 'email', message: 'An account with this e-mail address already exists.' },
  BULK_NAME_MISSING: { field: 'name', message: 'The name is missing.' },
  BULK_NAME_TOO_LONG: { field: 'name', message: 'The name can be at most 200 characters.' },
  BULK_STATE_MISSING: { field: 'state', message: 'The State is missing.' },
  BULK_STATE_UNKNOWN: { field: 'state', message: 'No State has this code or name (in any of the six UN languages).' },
  BULK_STATE_AMBIGUOUS: { field: 'state', message: 'This name fits more than one State; give the ISO alpha-3 code.' },
  BULK_LANGUAGE_UNKNOWN: { field: 'language', message: 'The language must be one of ar, zh, en, fr, ru, es (or its name).' },
} as const satisfies Record<string, { field: 'email' | 'name' | 'state' | 'language'; message: string }>;
export type BulkRowProblemCode = keyof typeof BULK_ROW_PROBLEMS;

/** MfaError: Two-factor sign-in. */
export const MFA_ERRORS = {
  MFA_ENROLMENT_REQUIRED: {
    kind: 'forbidden',
    message: 'Your role requires two-factor sign-in: set it up at POST /api/auth/mfa/enrol before doing anything else.',
  },
  MFA_REQUIRED: { kind: 'forbidden', message: 'Your role requires two-factor sign-in; it cannot be turned off.' },
  MFA_RESET_SELF: { kind: 'forbidden', message: 'Turn off your own second factor with DELETE /api/auth/mfa and a code.' },
  MFA_ALREADY_ENABLED: { kind: 'conflict', message: 'Two-factor sign-in is already set up.' },
  MFA_NOT_ENABLED: { kind: 'conflict', message: 'Two-factor sign-in is not set up.' },
  MFA_ENROLMENT_NOT_STARTED: { kind: 'conflict', message: 'Start the enrolment first (POST /api/auth/mfa/enrol).' },
  WRONG_MFA_CODE: { kind: 'invalid', message: 'The code is not correct.' },
  INVALID_MFA_CODE: { kind: 'unauthenticated', message: 'The code is not correct.' },
  INVALID_MFA_CHALLENGE: { kind: 'unauthenticated', message: 'The sign-in challenge is invalid, expired or used up; sign in again.' },
} as const satisfies ErrorTable;

/** CatalogueError: The consolidated record and the importer. */
export const CATALOGUE_ERRORS = {
  STATE_NOT_FOUND: { kind: 'not_found', message: 'No State with this code.' },
  SESSION_NOT_FOUND: { kind: 'not_found', message: 'No session with this number.' },
  SECTION_NOT_FOUND: { kind: 'not_found', message: 'No such section in this session.' },
  RECOMMENDATION_NOT_FOUND: { kind: 'not_found', message: 'No such recommendation.' },
  THEME_NOT_FOUND: { kind: 'not_found', message: 'No such theme.' },
  LINK_NOT_FOUND: { kind: 'not_found', message: 'No such link.' },
  ARTICLE_NOT_FOUND: { kind: 'not_found', message: 'No such article of the Protocol or the Convention.' },
  UNKNOWN_THEME: { kind: 'invalid', message: 'Unknown theme code.' },
  TOO_MANY_RENDERS: { kind: 'too_many_requests', message: 'You already have documents being prepared; try again when they are done.' },
  THEME_EXISTS: { kind: 'conflict', message: 'A theme with this code already exists.' },
  RECOMMENDATION_EXISTS: { kind: 'conflict', message: 'This session already has a recommendation with this number.' },
  LINK_EXISTS: { kind: 'conflict', message: 'This link already exists.' },
  INVALID_LINK: { kind: 'invalid', message: 'A recommendation cannot be linked to itself.' },
  INVALID_RECOMMENDATION: { kind: 'invalid', message: 'The recommendation is not valid.' },
  EMPTY_IMPORT: { kind: 'invalid', message: 'The document is empty.' },
  UNSUPPORTED_IMPORT: { kind: 'unsupported_media_type', message: 'Send the report as text/plain or as a multipart "file" field with a UTF-8 text, PDF or Word (.docx) file.' },
  IMPORT_TOO_COMPLEX: { kind: 'unprocessable', message: 'The document could not be parsed within the time allowed; it is not a report the importer can read.' },
  UNRESOLVED_SESSION: { kind: 'unprocessable', message: 'The document does not say which meeting it reports on.' },
  IMPORT_LANGUAGE_UNKNOWN: { kind: 'unprocessable', message: 'The language of the document cannot be told; it is not a report the importer can read.' },
  IMPORT_LANGUAGE_UNSUPPORTED: { kind: 'unprocessable', message: 'The document is in a language the importer does not read.' },
  IMPORT_NOTHING_FOUND: { kind: 'unprocessable', message: 'The document holds nothing of a Working Group report (no meeting, recommendation, attendance or document).' },
  UNREADABLE_IMPORT: { kind: 'unprocessable', message: 'The file is of a type the importer reads, but its text cannot be extracted.' },
  REPORT_SYMBOL_TAKEN: { kind: 'conflict', message: 'Another session already has this report symbol.' },
  LINK_DIRECTION: { kind: 'invalid', message: 'A recommendation can only reiterate, build on or supersede a recommendation of the same or an earlier meeting.' },
} as const satisfies ErrorTable;

/** ReportError: Reporting cycles, reports, evidence. */
export const REPORT_ERRORS = {
  CYCLE_NOT_FOUND: { kind: 'not_found', message: 'No such reporting cycle.' },
  REPORT_NOT_FOUND: { kind: 'not_found', message: 'No such report.' },
  NOT_IN_SCOPE: { kind: 'not_found', message: 'This recommendation is not in the cycle’s scope.' },
  STATE_NOT_FOUND: { kind: 'not_found', message: 'No State with this code.' },
  OTHER_STATE: { kind: 'forbidden', message: 'You can only see and edit your own State’s reports.' },
  DRAFT_NOT_VISIBLE: { kind: 'forbidden', message: 'A draft belongs to its State until it is submitted.' },
  CYCLE_CLOSED: { kind: 'conflict', message: 'The reporting cycle is not open.' },
  INVALID_CYCLE_TRANSITION: { kind: 'conflict', message: 'The cycle cannot move to this status from its current one.' },
  INVALID_TRANSITION: { kind: 'conflict', message: 'This report cannot make that move from its current workflow state.' },
  NOT_YOUR_MOVE: { kind: 'forbidden', message: 'This move belongs to the other party (focal point or secretariat).' },
  COMMENT_REQUIRED: { kind: 'invalid', message: 'Returning a report needs a comment saying why.' },
  JUSTIFICATION_REQUIRED: { kind: 'invalid', message: '"not_applicable" needs a justification in the narrative.' },
  INCOMPLETE_REPORT: { kind: 'unprocessable', message: 'A report needs an implementation status before it is submitted.' },
  EMPTY_SCOPE: { kind: 'unprocessable', message: 'The filters select no recommendation that asks something of States.' },
  INVALID_CYCLE: { kind: 'invalid', message: 'The cycle is not valid.' },
  NO_FILE: { kind: 'invalid', message: 'Send the file as multipart/form-data in a field named "file".' },
  INVALID_FILE_NAME: { kind: 'invalid', message: 'The file name must be a plain name (no path, no "..", no control characters).' },
  FILE_TOO_LARGE: { kind: 'payload_too_large', message: 'An evidence file can be at most 10 MB.' },
  EVIDENCE_QUOTA_EXCEEDED: { kind: 'payload_too_large', message: 'The evidence storage quota is used up; remove files not cited by a submitted version, or ask the secretariat.' },
  UNSUPPORTED_EVIDENCE_TYPE: { kind: 'unsupported_media_type', message: 'Evidence must be a PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP file (checked by its content).' },
  TOO_MANY_FILES: { kind: 'unprocessable', message: 'A report can carry at most 20 files.' },
  FILE_NOT_FOUND: { kind: 'not_found', message: 'No such evidence file.' },
  CYCLE_CLOSES_BEFORE_OPENS: { kind: 'invalid', message: 'The closing day must be on or after the opening day.' },
  CYCLE_DEADLINE_PASSED: { kind: 'invalid', message: 'An open cycle cannot close on a day already past; close it instead.' },
  CYCLE_ALREADY_OPENED: { kind: 'conflict', message: 'The cycle has opened: its opening day can no longer change.' },
  CYCLE_REOPEN_FIRST: { kind: 'conflict', message: 'The cycle is closed: reopen it with a new closing day before changing its dates or deadlines.' },
  EXTENSION_NOT_LATER: { kind: 'invalid', message: 'A State’s extended deadline must be after the cycle’s closing day.' },
  EXTENSION_NOT_FOUND: { kind: 'not_found', message: 'This State has no extended deadline in this cycle.' },
} as const satisfies ErrorTable;

/** SummaryError: Compliance summaries. */
export const SUMMARY_ERRORS = {
  CYCLE_NOT_FOUND: { kind: 'not_found', message: 'No such reporting cycle.' },
  STATE_NOT_FOUND: { kind: 'not_found', message: 'No State with this code.' },
  RECOMMENDATION_NOT_FOUND: { kind: 'not_found', message: 'No such recommendation.' },
  NOT_IN_SCOPE: { kind: 'not_found', message: 'This recommendation is not in the cycle’s scope (or asks nothing of States).' },
  THEME_NOT_FOUND: { kind: 'not_found', message: 'No theme with this code.' },
  ARTICLE_NOT_FOUND: { kind: 'not_found', message: 'No such article of the Protocol or the Convention.' },
  PENDING_FIGURES_OWN_STATE_ONLY: {
    kind: 'forbidden',
    message: 'A focal point sees figures over other States from accepted reports only; include=submitted is for its own State’s figures.',
  },
  AS_OF_IN_FUTURE: { kind: 'invalid', message: 'asOf cannot be in the future.' },
  TOO_MANY_RENDERS: { kind: 'too_many_requests', message: 'You already have documents being prepared; try again when they are done.' },
} as const satisfies ErrorTable;

/** JobError: the job queue (failed jobs an admin may retry). */
export const JOB_ERRORS = {
  JOB_NOT_FOUND: { kind: 'not_found', message: 'No failed job with this id (it may have been retried or archived).' },
} as const satisfies ErrorTable;

/** WorkbookError: the offline questionnaire (an XLSX workbook uploaded back) as a whole. Cells use WORKBOOK_CELL_PROBLEMS. */
export const WORKBOOK_ERRORS = {
  WORKBOOK_TOO_LARGE: { kind: 'payload_too_large', message: 'A questionnaire workbook can be at most 5 MB.' },
  WORKBOOK_UNREADABLE: { kind: 'unsupported_media_type', message: 'Send the questionnaire as an XLSX workbook (the file is not one).' },
  WORKBOOK_NOT_OURS: { kind: 'unprocessable', message: 'This workbook is not a questionnaire downloaded from WG.4 Follow-up (its marker is missing or foreign).' },
  WORKBOOK_OTHER_QUESTIONNAIRE: { kind: 'unprocessable', message: 'This workbook is the questionnaire of another State or reporting cycle.' },
  WORKBOOK_EXTRA_SHEETS: { kind: 'unprocessable', message: 'Sheets were added, removed or renamed in the workbook; use the sheets as downloaded.' },
  WORKBOOK_LAYOUT_CHANGED: { kind: 'unprocessable', message: 'The columns of the questionnaire sheet were moved, added or removed.' },
  WORKBOOK_TOO_MANY_ROWS: { kind: 'unprocessable', message: 'The workbook has more rows than the questionnaire has recommendations.' },
  WORKBOOK_INVALID: { kind: 'unprocessable', message: 'Some rows of the workbook have problems; nothing was written. Fix the cells listed and upload it again.' },
  WORKBOOK_CONFLICT: { kind: 'precondition_failed', message: 'Some answers were saved online after the workbook was downloaded; nothing was written. Download it again.' },
} as const satisfies ErrorTable;

/** Why a row or cell of an uploaded questionnaire workbook is refused (in WORKBOOK_INVALID and in the preview). */
export const WORKBOOK_CELL_PROBLEMS = {
  CELL_FORMULA: 'The cell holds a formula; type the value itself.',
  CELL_WRONG_TYPE: 'The cell holds a number, date or true/false value where text is expected.',
  CELL_NOT_IN_LIST: 'The value is not one of the cell’s drop-down list.',
  CELL_TOO_LONG: 'The text is too long for this field.',
  ROW_TAMPERED: 'The hidden columns (recommendation, version) were changed.',
  ROW_OTHER_QUESTIONNAIRE: 'The row comes from the questionnaire of another State or cycle.',
  ROW_UNKNOWN: 'The row is not one of the questionnaire’s recommendations (added by hand, or no longer in scope).',
  ROW_DUPLICATE: 'The recommendation appears on an earlier row too.',
  ROW_JUSTIFICATION_REQUIRED: '"Not applicable" needs a justification in the narrative.',
  ROW_NOT_EDITABLE: 'The answer is submitted, under review or accepted: it cannot be changed now.',
} as const;
export type WorkbookCellProblem = keyof typeof WORKBOOK_CELL_PROBLEMS;

/** Each feature's table, by the name of its error class. */
export const ERROR_TABLES = {
  CommonError: COMMON_ERRORS,
  AuthError: AUTH_ERRORS,
  BulkInvitationError: BULK_INVITATION_ERRORS,
  MfaError: MFA_ERRORS,
  CatalogueError: CATALOGUE_ERRORS,
  ReportError: REPORT_ERRORS,
  SummaryError: SUMMARY_ERRORS,
  JobError: JOB_ERRORS,
  WorkbookError: WORKBOOK_ERRORS,
} as const;

type AllTables = (typeof ERROR_TABLES)[keyof typeof ERROR_TABLES];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** Every code a domain error can carry. */
export type ErrorCode = KeysOfUnion<AllTables>;

/** Every domain error code with its kind (a code used by two features has the same kind in both: a unit spec checks it). */
export const ERROR_CODES = Object.freeze(
  Object.fromEntries(Object.values(ERROR_TABLES).flatMap((table) => Object.entries(table).map(([code, spec]) => [code, spec.kind]))),
) as Readonly<Record<ErrorCode, ErrorKind>>;

/**
 * Codes the HTTP edge itself answers (the problem filter), not a feature: a status without a domain code, and
 * database failures a client can provoke or that mean "retry". Clients word them like the domain codes.
 */
export const EDGE_PROBLEM_CODES = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'ALREADY_EXISTS',
  'REFERENCED_RECORD',
  'CONCURRENT_UPDATE',
  'INVALID_VALUE',
  'QUERY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'INTERNAL_ERROR',
  'HTTP_ERROR',
] as const;
export type EdgeProblemCode = (typeof EDGE_PROBLEM_CODES)[number];
