import type { RecommendationDto } from './dto/recommendation.dto.js';
import { recommendationTextIn } from './recommendation-text.js';

/** A recommendation row as the list/detail queries return it (snake_case SQL → camelCase here). */
export interface RecommendationRow {
  id: string;
  parentId: string | null;
  session: number;
  sectionId: string | null;
  sectionKey: string | null;
  sectionHeading: Record<string, string> | null;
  number: string;
  label: string | null;
  reference: string;
  text: Record<string, string>;
  addressee: string[];
  modality: string;
  adoption: string;
  isContainer: boolean;
  requiresStateReport: boolean;
  themes: string[];
  version: number;
  updatedAt: Date;
  ordinal: number;
  /** Only in a search: the languages whose text matched at this row. */
  matchedIn?: string[];
}

/** Without `lang` every text; with it the one text the rule picks (asked, else English, else source), and which it is. */
function pickLanguage(text: Record<string, string>, lang?: string): Pick<RecommendationDto, 'text' | 'textLanguage'> {
  const picked = recommendationTextIn(text, lang);
  if (!lang) return { text, textLanguage: picked.textLanguage };
  return { text: picked.textLanguage ? { [picked.textLanguage]: picked.text! } : {}, textLanguage: picked.textLanguage };
}

/** Nests rows (already in reading order) under their parents; returns the roots in the given order. */
export function buildTree(rows: RecommendationRow[], lang?: string): RecommendationDto[] {
  const byId = new Map<string, RecommendationDto>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      session: r.session,
      section: r.sectionId ? { id: r.sectionId, key: r.sectionKey ?? '', heading: r.sectionHeading ?? {} } : null,
      number: r.number,
      label: r.label,
      reference: r.reference,
      ...pickLanguage(r.text, lang),
      addressee: r.addressee,
      modality: r.modality,
      adoption: r.adoption,
      isContainer: r.isContainer,
      requiresStateReport: r.requiresStateReport,
      themes: r.themes,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
      children: [],
      ...(r.matchedIn ? { matchedIn: [...new Set(r.matchedIn)] } : {}),
    });
  }
  const roots: RecommendationDto[] = [];
  for (const r of rows) {
    const node = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
