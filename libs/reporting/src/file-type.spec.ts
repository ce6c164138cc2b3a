import { detectEvidenceType, evidenceFileName, rfc8187, safeFileName } from './file-type.js';

describe('evidence file types by content', () => {
  it.each([
    [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), 'image/jpeg'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....xl/workbook.xml')]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('recognises %#', (buf, type) => expect(detectEvidenceType(buf)?.contentType).toBe(type));

  it.each([
    Buffer.from('#!/bin/sh\nrm -rf /\n'),
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
    Buffer.from('<html><script>alert(1)</script></html>'),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....payload.exe....')]),
    Buffer.from('%PD'),
  ])('refuses anything else (%#)', (buf) => expect(detectEvidenceType(buf)).toBeNull());

  it('refuses names that could address a path', () => {
    for (const bad of ['../../etc/passwd', '..\\\\boot.ini', 'a/b.pdf', '.htaccess', '~x', '', ' ', '\u202E\u200F']) expect(safeFileName(bad)).toBeNull();
    expect(safeFileName(' Loi n° 2024-12 (texte intégral).pdf ')).toBe('Loi n° 2024-12 (texte intégral).pdf');
    expect(safeFileName('国家行动计划.docx')).toBe('国家行动计划.docx');
  });

  it('drops control and bidi characters rather than storing them', () => {
    expect(safeFileName('x\u0000.pdf')).toBe('x.pdf');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('a\u2066b\u2069\u200Bc\u009F.pdf')).toBe('abc.pdf');
  });

  it('gives the stored name the detected type’s extension', () => {
    const pdf = { contentType: 'application/pdf', extension: 'pdf' };
    const jpg = { contentType: 'image/jpeg', extension: 'jpg' };
    expect(evidenceFileName('invoice\u202Efdp.exe', pdf)).toBe('invoicefdp.pdf');
    expect(evidenceFileName('Report.PDF', pdf)).toBe('Report.PDF');
    expect(evidenceFileName('photo.jpeg', jpg)).toBe('photo.jpeg');
    expect(evidenceFileName('photo.png', jpg)).toBe('photo.jpg');
    expect(evidenceFileName('plan', pdf)).toBe('plan.pdf');
    expect(evidenceFileName('x'.repeat(200), pdf)).toHaveLength(200);
    expect(evidenceFileName('../x.pdf', pdf)).toBeNull();
  });

  it('percent-encodes a name for filename* (RFC 8187), quotes and parentheses included', () => {
    expect(rfc8187("l'acte (2024)*.pdf")).toBe('l%27acte%20%282024%29%2A.pdf');
  });
});
