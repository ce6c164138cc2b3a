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

/**
 * Characters a name loses: C0/C1 controls and DEL, and the invisible formatting characters that can make a name
 * display as something else (bidi embeddings, overrides and isolates, directional marks, zero-width characters):
 * "invoice\u202Efdp.exe" shows as "invoiceexe.pdf".
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** A display name that cannot address a path: no separators, no `..`, no control or bidi characters (removed). */
export function safeFileName(name: string): string | null {
  const trimmed = name.normalize('NFC').replace(INVISIBLE, '').trim();
  if (!trimmed || trimmed.length > 200 || /[\\/]/.test(trimmed) || trimmed.includes('..') || /^[.~]/.test(trimmed)) return null;
  return trimmed;
}

const ALIASES: Record<string, string[]> = { jpg: ['jpg', 'jpeg'] };

/**
 * The stored name: the safe name whose extension is the detected type's, whatever the client called it
 * ("scan.exe" holding a PDF is stored as "scan.pdf"; "photo.jpeg" holding a JPEG stays as it is).
 */
export function evidenceFileName(name: string, kind: EvidenceKind): string | null {
  const safe = safeFileName(name);
  if (!safe) return null;
  const dot = safe.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot).trimEnd(), safe.slice(dot + 1).toLowerCase()] : [safe, ''];
  if ((ALIASES[kind.extension] ?? [kind.extension]).includes(extension)) return safe;
  return `${stem.slice(0, 200 - kind.extension.length - 1)}.${kind.extension}`;
}

/** RFC 8187 ext-value: percent-encodes everything outside attr-char (encodeURIComponent leaves ' ( ) * ! alone). */
export function rfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
