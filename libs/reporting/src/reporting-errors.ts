import { REPORT_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const ReportError = defineErrors('ReportError', REPORT_ERRORS);
