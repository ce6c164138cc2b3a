import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from './problem';

/** The message for an API error code in the user's language (errors catalogue), never the English detail. */
export function useProblemText() {
  const { t } = useTranslation('errors');
  return (problem: ApiProblem) => {
    const known = t(`codes.${problem.code}`, { defaultValue: '' });
    if (known) return problem.retryAfterSeconds ? `${known} ${t('retryAfter', { seconds: problem.retryAfterSeconds })}` : known;
    if (problem.status >= 500) return t('codes.SERVICE_UNAVAILABLE');
    return t('unknown', { status: problem.status });
  };
}

/**
 * A field error in the user's language: by the rule that failed (isEmail, isLength…), else by the problem's own code
 * (WRONG_CURRENT_PASSWORD beside the current password), else a generic wording.
 */
export function useFieldErrorText() {
  const { t } = useTranslation('errors');
  return (fieldError: FieldProblem | undefined, problem?: unknown) => {
    if (!fieldError) return undefined;
    const byRule = fieldError.rule ? t(`rules.${fieldError.rule}`, { defaultValue: '' }) : '';
    if (byRule) return byRule;
    const code = problem instanceof ApiProblem && problem.code !== 'VALIDATION_FAILED' ? t(`codes.${problem.code}`, { defaultValue: '' }) : '';
    return code || t('rules.default');
  };
}
