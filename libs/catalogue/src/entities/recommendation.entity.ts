import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ADOPTIONS, MODALITIES, type Addressee, type Adoption, type Modality } from '#contracts';
import { sqlValues } from '#common';
import type { EditorialNote } from '#importer';
import { Section } from './section.entity.js';
import { Session } from './session.entity.js';

/**
 * A recommendation as adopted: a numbered paragraph ("32"), a "建议 N", or a sub-item ("51(a)", "51(i)(一)") whose
 * parent is the paragraph. Text is kept per language; every change of text or classification leaves a revision.
 */
@Entity({ name: 'recommendations' })
@Unique('UQ_recommendations_session_number', ['sessionId', 'number'])
@Index('IDX_recommendations_section', ['sectionId'])
@Index('IDX_recommendations_parent', ['parentId'])
@Index('IDX_recommendations_root', ['rootId'])
@Index('IDX_recommendations_session_ordinal', ['sessionId', 'ordinal'])
@Index('IDX_recommendations_requires_state_report', ['requiresStateReport'])
// The search indexes need GIN and an operator class, which TypeORM cannot declare: written by hand in a migration.
@Index('IDX_recommendations_search_trgm', { synchronize: false })
@Index('IDX_recommendations_search_en_fts', { synchronize: false })
@Index('IDX_recommendations_search_fr_fts', { synchronize: false })
@Index('IDX_recommendations_search_es_fts', { synchronize: false })
@Index('IDX_recommendations_search_ru_fts', { synchronize: false })
@Index('IDX_recommendations_search_ar_fts', { synchronize: false })
@Index('IDX_recommendations_search_zh_trgm', { synchronize: false })
@Check('CHK_recommendations_modality', `"modality" IN (${sqlValues(MODALITIES)})`)
@Check('CHK_recommendations_adoption', `"adoption" IN (${sqlValues(ADOPTIONS)})`)
@Check('CHK_recommendations_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class Recommendation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendations' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_recommendations_session' })
  session?: Session;

  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne(() => Section, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_recommendations_section' })
  section?: Section | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_recommendations_parent' })
  parent?: Recommendation | null;

  /** The top-level paragraph of a sub-item (null for top-level ones): lists page over roots. */
  @Column({ type: 'uuid', nullable: true })
  rootId: string | null;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'root_id', foreignKeyConstraintName: 'FK_recommendations_root' })
  root?: Recommendation | null;

  /** As cited: "32", "51(a)", "17". Unique within a session. */
  @Column({ type: 'varchar', length: 40 })
  number: string;

  /** Printed label of a sub-item, e.g. "(a)", "(一)". */
  @Column({ type: 'varchar', length: 12, nullable: true })
  label: string | null;

  /** Reading order within the session. */
  @Column({ type: 'integer' })
  ordinal: number;

  /** e.g. "CTOC/COP/WG.4/2011/8, para. 32". */
  @Column({ type: 'varchar', length: 120 })
  reference: string;

  /** Text per language, e.g. `{ "zh": "…", "en": "…" }`. */
  @Column({ type: 'jsonb' })
  text: Record<string, string>;

  /**
   * Search forms of `text`, kept by a trigger (see the CatalogueSearchColumns migration), never written by the app: a
   * search reads them instead of deriving them from the JSON on every row it scans, which a substring too short for
   * the trigram index (器官) has to do. Not generated columns: TypeORM ties those to the database's name, which
   * breaks its drift check in databases made from a template or restored under another name.
   * Since searches read each language's text (ADR 0011), only `searchEn` is read; `searchText` is left to drop.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;

  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchEn?: string;

  @Column({ type: 'varchar', array: true, length: 40 })
  addressee: Addressee[];

  @Column({ type: 'varchar', length: 20 })
  modality: Modality;

  @Column({ type: 'varchar', length: 24 })
  adoption: Adoption;

  /** Its own words only introduce its sub-items, which are the recommendations. */
  @Column({ type: 'boolean', default: false })
  isContainer: boolean;

  /** It asks something of States: the scope of implementation reporting. */
  @Column({ type: 'boolean' })
  requiresStateReport: boolean;

  /**
   * What the importer changed in the source's words, per language (`{ kind, language, from, to }`, kinds in
   * libs/importer EDITORIAL_NOTE_KINDS): shown with the text, never silent (issue 19).
   */
  @Column({ type: 'jsonb', default: [] })
  editorialNotes: EditorialNote[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** ETag source: bumped on every change. */
  @VersionColumn()
  version: number;
}
