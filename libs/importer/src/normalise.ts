/** The readable text of a report: noise removed, broken lines joined; one block (paragraph, heading, item) per line. */
import { blockText, segment } from './blocks.js';
import { detectLanguage } from './language.js';
import { preprocess, tidy } from './text-cleanup.js';

export function normaliseText(text: string): string {
  const language = detectLanguage(text) ?? 'en';
  const { lines } = preprocess(text, language);
  return segment(lines)
    .map((b) => {
      const body = tidy(blockText(b));
      if (b.kind === 'rec') return `${language === 'zh' ? '建议' : 'Recommendation'} ${b.label}${body ? `\n${body}` : ''}`;
      if (!b.label) return body;
      if (b.kind === 'sub') return `(${b.label}) ${body}`;
      return `${b.label}. ${body}`;
    })
    .join('\n');
}
