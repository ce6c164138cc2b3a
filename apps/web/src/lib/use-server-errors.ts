import type { UseFormReturnType } from '@mantine/form';
import { fieldErrorsOf } from './problem';
import { useFieldErrorText } from './use-problem-text';

/** Puts an API problem's field errors beside the form's fields (in the user's language); true when any was placed. */
export function useServerErrors() {
  const fieldText = useFieldErrorText();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form shape
  return (form: UseFormReturnType<any>, error: unknown, fields: readonly string[]): boolean => {
    const byField = fieldErrorsOf(error);
    let placed = false;
    for (const field of fields) {
      if (byField[field]) {
        form.setFieldError(field, fieldText(byField[field], error));
        placed = true;
      }
    }
    return placed;
  };
}
