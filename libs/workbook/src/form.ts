import { IMPLEMENTATION_STATUSES } from '#contracts';
import { labels, PdfWriter, renderDocx, type Labels, type TextBlock } from '#exports';
import type { QuestionnaireHeader, QuestionnaireItem } from './model.js';
import { evidenceText, measuresText } from './writer.js';
import { fill, workbookWords, type WorkbookWords } from './words.js';

/** The current answer as label/value lines (status, narrative in the form's language, …); none for an empty one. */
function currentLines(item: QuestionnaireItem, l: Labels, w: WorkbookWords): { label: string; value: string }[] {
  const c = item.content;
  if (!c) return [];
  const lines = [
    { label: l.t('status'), value: c.implementationStatus ? l.status(c.implementationStatus) : '' },
    { label: l.t('narrative'), value: c.narrative?.[l.lang] ?? '' },
    { label: w.challenges, value: c.challenges ?? '' },
    { label: l.t('assistanceNeeded'), value: c.assistanceNeeded ? `${l.yesNo(true)}${c.assistanceType ? ` (${l.assistance(c.assistanceType)})` : ''}` : '' },
    { label: w.assistanceDetails, value: c.assistanceDetails ?? '' },
    { label: w.measures, value: measuresText(c, l) },
    { label: w.evidence, value: evidenceText(c) },
  ];
  return lines.filter((x) => x.value.trim() !== '');
}

/** The fields to write in, with the height of their box (points) in the PDF. */
const boxes = (l: Labels, w: WorkbookWords) => [
  { label: l.t('narrative'), height: 110 },
  { label: w.challenges, height: 50 },
  { label: `${l.t('assistanceNeeded')}: [  ] ${l.yesNo(true)}   [  ] ${l.yesNo(false)}  —  ${l.t('assistanceType')}`, height: 24 },
  { label: w.assistanceDetails, height: 40 },
];

const statusChoices = (l: Labels) => IMPLEMENTATION_STATUSES.map((s) => `[  ] ${l.status(s)}`).join('    ');

/**
 * A printable questionnaire: per recommendation its reference and text, the current answer, and empty boxes to write
 * in (status to tick, narrative, challenges, assistance). PDF by libs/exports' writer (its fonts; Arabic laid right
 * to left), Word by its document renderer (the same blocks a compilation is made of).
 */
export async function renderQuestionnaireForm(header: QuestionnaireHeader, items: QuestionnaireItem[], format: 'pdf' | 'docx'): Promise<Buffer> {
  const l = labels(header.lang);
  const w = workbookWords(header.lang);
  const title = fill(w.formTitle, { state: header.stateName, cycle: header.cycleName });
  const meta = [
    { label: l.t('state'), value: `${header.stateName} (${header.stateCode})` },
    { label: l.t('cycle'), value: header.cycleName },
    { label: l.t('recommendations'), value: l.number(items.length) },
  ];
  if (format === 'docx') {
    const blocks: TextBlock[] = [{ kind: 'paragraph', text: w.formNote }];
    const blank = `${'_'.repeat(70)} ${'_'.repeat(70)}`;
    for (const item of items) {
      blocks.push({ kind: 'heading', level: 2, text: item.reference });
      blocks.push({ kind: 'paragraph', text: item.text ?? '' });
      const current = currentLines(item, l, w);
      if (current.length) {
        blocks.push({
          kind: 'table',
          table: { name: w.currentAnswer, columns: [{ key: 'label', header: w.field }, { key: 'value', header: w.currentAnswer }], rows: current },
        });
      }
      blocks.push({
        kind: 'table',
        table: {
          name: w.yourAnswer,
          columns: [{ key: 'label', header: w.field }, { key: 'value', header: w.yourAnswer }],
          rows: [{ label: `${l.t('status')} (${w.tickOne})`, value: statusChoices(l) }, ...boxes(l, w).map((b) => ({ label: b.label, value: b.height > 30 ? `${blank} ${blank}` : blank }))],
        },
      });
    }
    return renderDocx({ title, shortTitle: title, fileName: 'questionnaire', lang: header.lang, meta, blocks, tables: [] });
  }
  const pdf = new PdfWriter(title, title, header.lang);
  pdf.titleBlock(meta);
  pdf.paragraph(w.formNote, { size: 9 });
  for (const item of items) {
    pdf.heading(item.reference, 11, 160);
    pdf.paragraph(item.text ?? '', { size: 9.5 });
    const current = currentLines(item, l, w);
    if (current.length) {
      pdf.paragraph(w.currentAnswer, { size: 8.5, bold: true, spaceBefore: 4, color: '#555555' });
      for (const line of current) pdf.paragraph(`${line.label}: ${line.value}`, { size: 8.5, color: '#555555' });
    }
    pdf.paragraph(`${w.yourAnswer} — ${l.t('status')} (${w.tickOne})`, { size: 8.5, bold: true, spaceBefore: 6 });
    pdf.paragraph(statusChoices(l), { size: 8.5 });
    for (const box of boxes(l, w)) {
      pdf.ensure(box.height + 16);
      pdf.paragraph(box.label, { size: 8.5, spaceBefore: 4 });
      const y = pdf.y + 2;
      pdf.doc.rect(pdf.left, y, pdf.width, box.height).lineWidth(0.6).strokeColor('#8c8c8c').stroke();
      pdf.y = y + box.height + 4;
    }
  }
  return pdf.finish();
}
