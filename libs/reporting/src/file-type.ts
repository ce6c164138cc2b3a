/** The evidence formats accepted, recognised by their bytes (never by the name or the client's Content-Type). */
export type EvidenceKind = { contentType: string; extension: string };

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

export function detectEvidenceType(buf: Buffer): EvidenceKind | null {
  if (buf.length < 8) return null;
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', extension: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (buf.subarray(0, 6).toString('latin1') === 'GIF87a' || buf.subarray(0, 6).toString('latin1') === 'GIF89a') return { contentType: 'image/gif', extension: 'gif' };
  if (buf.subarray(0, 4).toString('latin1') === 'RIFF' && buf.subarray(8, 12).toString('latin1') === 'WEBP') return { contentType: 'image/webp', extension: 'webp' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML is a ZIP whose part names say what it is (they appear uncompressed in the local headers).
    const names = buf.toString('latin1');
    if (names.includes('[Content_Types].xml') && names.includes('word/')) {
      return { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    }
    if (names.includes('[Content_Types].xml') && names.includes('xl/')) {
      return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    }
  }
  return null;
}

/** A display name that cannot address a path: no separators, no `..`, no control characters. */
export function safeFileName(name: string): string | null {
  const trimmed = name.normalize('NFC').trim();
  const hasControl = [...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (!trimmed || trimmed.length > 200 || hasControl || /[\\/]/.test(trimmed) || trimmed.includes('..') || /^[.~]/.test(trimmed)) return null;
  return trimmed;
}
