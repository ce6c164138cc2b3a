/** The job queue's schema (pg-boss; libs/jobs installs it as the owner role). */
export const JOB_SCHEMA = 'pgboss';

/** The schemas holding the application's own objects: all of them belong to the owner role (see ADR 0005). */
export const APP_SCHEMAS = ['public', JOB_SCHEMA] as const;
