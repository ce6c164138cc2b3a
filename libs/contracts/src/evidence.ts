/**
 * What an evidence file may be, for the API (which checks the bytes) and for a client (which checks the name and size
 * before uploading, so a person learns at once, not after sending 40 MB). One place for both.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Files attached to one report at a time. */
export const EVIDENCE_MAX_FILES_PER_REPORT = 20;

/** The accepted formats: the content type the server detects from the bytes, and the extensions a name may carry. */
export const EVIDENCE_FORMATS = [
  { contentType: 'application/pdf', extensions: ['pdf'] },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { contentType: 'image/png', extensions: ['png'] },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { contentType: 'image/gif', extensions: ['gif'] },
  { contentType: 'image/webp', extensions: ['webp'] },
] as const;

/** The error codes the API would answer (an empty file has no recognisable type). */
export type EvidenceCheck = 'ok' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_EVIDENCE_TYPE';

/** A client's check of a file before upload, by its name and size (the server then checks its bytes). */
export function checkEvidenceFile(file: { name: string; size: number }): EvidenceCheck {
  if (file.size === 0) return 'UNSUPPORTED_EVIDENCE_TYPE';
  if (file.size > EVIDENCE_MAX_BYTES) return 'FILE_TOO_LARGE';
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  const known = EVIDENCE_FORMATS.some((format) => (format.extensions as readonly string[]).includes(extension));
  return known ? 'ok' : 'UNSUPPORTED_EVIDENCE_TYPE';
}

/** For an <input type="file" accept>: the extensions and content types above. */
export const EVIDENCE_ACCEPT = /* @__PURE__ */ EVIDENCE_FORMATS.flatMap((format) => [format.contentType, ...format.extensions.map((e) => `.${e}`)]).join(',');
