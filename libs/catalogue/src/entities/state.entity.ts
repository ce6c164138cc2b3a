import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { STATE_CODE_PATTERN } from '#contracts';

export const STATE_KINDS = ['member_state', 'observer_state', 'reio', 'other'] as const;
export type StateKind = (typeof STATE_KINDS)[number];
export const REGIONAL_GROUPS = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WEOG'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];
export const PROTOCOL_STATUSES = ['party', 'signatory', 'non_party'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];
/** How a State became a party, as the UN Treaty Collection's status list names it. */
export const PROTOCOL_ACTIONS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export type ProtocolAction = (typeof PROTOCOL_ACTIONS)[number];

/**
 * A participant in the Working Group: UN Member State, observer State or the EU. Keyed by its ISO 3166-1 alpha-3
 * code (the EU: `EUU`), the identifier every other table and URL uses.
 */
@Entity({ name: 'states' })
@Index('IDX_states_regional_group', ['regionalGroup'])
@Check('CHK_states_code', `"code" ~ '${STATE_CODE_PATTERN.source}'`)
@Check('CHK_states_kind', `"kind" IN ('member_state', 'observer_state', 'reio', 'other')`)
@Check('CHK_states_protocol_status', `"protocol_status" IN ('party', 'signatory', 'non_party')`)
@Check('CHK_states_protocol_action', `"protocol_action" IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')`)
@Check('CHK_states_protocol_action_date', `("protocol_action" IS NULL) = ("protocol_action_date" IS NULL)`)
export class State {
  @PrimaryColumn({ type: 'char', length: 3, primaryKeyConstraintName: 'PK_states' })
  code: string;

  /** Official names per language: `{ en, zh }`. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  /** Other spellings the documents use, per language. */
  @Column({ type: 'jsonb' })
  aliases: Record<string, string[]>;

  @Column({ type: 'varchar', length: 20 })
  kind: StateKind;

  @Column({ type: 'varchar', length: 30, nullable: true })
  regionalGroup: RegionalGroup | null;

  @Column({ type: 'varchar', length: 12, default: 'non_party' })
  protocolStatus: ProtocolStatus;

  /** The State's entry in the UN Treaty Collection's list of parties (seeds/protocol-parties.json); null when absent. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  protocolAction: ProtocolAction | null;

  @Column({ type: 'date', nullable: true })
  protocolActionDate: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
