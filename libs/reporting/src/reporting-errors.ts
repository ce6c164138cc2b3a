import { defineErrors } from '#common';

export const ReportError = defineErrors('ReportError', {
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
  UNSUPPORTED_EVIDENCE_TYPE: { kind: 'unsupported_media_type', message: 'Evidence must be a PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP file (checked by its content).' },
  TOO_MANY_FILES: { kind: 'unprocessable', message: 'A report can carry at most 20 files.' },
  FILE_NOT_FOUND: { kind: 'not_found', message: 'No such evidence file.' },
});
