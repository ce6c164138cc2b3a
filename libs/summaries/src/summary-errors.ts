import { SUMMARY_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const SummaryError = defineErrors('SummaryError', SUMMARY_ERRORS);
