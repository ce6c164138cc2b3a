import { defineErrors } from '#common';

export const CatalogueError = defineErrors('CatalogueError', {
  STATE_NOT_FOUND: { kind: 'not_found', message: 'No State with this code.' },
  SESSION_NOT_FOUND: { kind: 'not_found', message: 'No session with this number.' },
  SECTION_NOT_FOUND: { kind: 'not_found', message: 'No such section in this session.' },
  RECOMMENDATION_NOT_FOUND: { kind: 'not_found', message: 'No such recommendation.' },
  THEME_NOT_FOUND: { kind: 'not_found', message: 'No such theme.' },
  LINK_NOT_FOUND: { kind: 'not_found', message: 'No such link.' },
  UNKNOWN_THEME: { kind: 'invalid', message: 'Unknown theme code.' },
  THEME_EXISTS: { kind: 'conflict', message: 'A theme with this code already exists.' },
  RECOMMENDATION_EXISTS: { kind: 'conflict', message: 'This session already has a recommendation with this number.' },
  LINK_EXISTS: { kind: 'conflict', message: 'This link already exists.' },
  INVALID_LINK: { kind: 'invalid', message: 'A recommendation cannot be linked to itself.' },
  INVALID_RECOMMENDATION: { kind: 'invalid', message: 'The recommendation is not valid.' },
  EMPTY_IMPORT: { kind: 'invalid', message: 'The document is empty.' },
  UNSUPPORTED_IMPORT: { kind: 'unsupported_media_type', message: 'Send the report as text/plain or as a multipart "file" field with a UTF-8 text file.' },
  IMPORT_TOO_COMPLEX: { kind: 'unprocessable', message: 'The document could not be parsed within the time allowed; it is not a report the importer can read.' },
  UNRESOLVED_SESSION: { kind: 'unprocessable', message: 'The document does not say which meeting it reports on.' },
});
