import { Article } from './entities/article.entity.js';
import { ImportRecord } from './entities/import-record.entity.js';
import { ProtocolStatusChange } from './entities/protocol-status-change.entity.js';
import { Recommendation } from './entities/recommendation.entity.js';
import { RecommendationArticle } from './entities/recommendation-article.entity.js';
import { RecommendationLink } from './entities/recommendation-link.entity.js';
import { RecommendationRevision } from './entities/recommendation-revision.entity.js';
import { RecommendationTheme } from './entities/recommendation-theme.entity.js';
import { Section } from './entities/section.entity.js';
import { Session } from './entities/session.entity.js';
import { SessionAttendance } from './entities/session-attendance.entity.js';
import { SessionDocument } from './entities/session-document.entity.js';
import { State } from './entities/state.entity.js';
import { Theme } from './entities/theme.entity.js';

export const CATALOGUE_ENTITIES = [
  State,
  Session,
  SessionDocument,
  SessionAttendance,
  Section,
  Theme,
  Recommendation,
  RecommendationRevision,
  RecommendationTheme,
  RecommendationLink,
  ImportRecord,
  ProtocolStatusChange,
  Article,
  RecommendationArticle,
];
