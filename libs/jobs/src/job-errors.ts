import { JOB_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const JobError = defineErrors('JobError', JOB_ERRORS);
