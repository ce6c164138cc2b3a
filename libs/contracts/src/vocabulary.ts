/**
 * The closed vocabularies of the record and of the reports: the values the database checks, the API validates and a
 * client offers in its forms. Declared here once; the entities, DTOs, the importer and the web app import them.
 */

/** UN official languages a text may be stored in. */
export const TEXT_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Whom a recommendation addresses. */
/**
 * `unspecified`: the text names nobody ("应当鼓励利用…", "It should be recognized that…"); the importer does not guess
 * (it used to read States parties) and flags it (UNSPECIFIED_ADDRESSEE) for the secretariat to decide.
 */
export const ADDRESSEES = ['states_parties', 'states', 'unodc', 'cop', 'working_group', 'un_entities', 'international_organizations', 'unspecified', 'other'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

/** How strongly a recommendation is worded. */
export const MODALITIES = ['should', 'should_consider', 'may', 'encouraged', 'requested', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];

/** How the meeting adopted a recommendation. */
export const ADOPTIONS = ['adopted', 'endorsed', 'for_cop_consideration'] as const;
export type Adoption = (typeof ADOPTIONS)[number];

/** Where a State stands on one recommendation. */
export const IMPLEMENTATION_STATUSES = ['not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** The kinds of measure a report lists. */
export const MEASURE_TYPES = ['legislation', 'policy', 'institutional', 'training', 'awareness', 'cooperation', 'data', 'victim_support', 'other'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** The kinds of technical assistance a State may ask for. */
export const ASSISTANCE_TYPES = ['legislative_drafting', 'capacity_building', 'training', 'equipment', 'data_systems', 'victim_services', 'cooperation', 'other'] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];
