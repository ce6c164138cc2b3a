import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The same bounds as the API's password policy (12–256 characters); strength is judged by the server (zxcvbn). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function validateNewPassword(value: string, t: TFunction<'auth'>): string | null {
  if (value.length < PASSWORD_MIN) return t('validation.passwordShort', { min: PASSWORD_MIN });
  if (value.length > PASSWORD_MAX) return t('validation.passwordLong', { max: PASSWORD_MAX });
  return null;
}

export function PasswordPolicyHint() {
  const { t } = useTranslation('auth');
  return <>{t('password.policy', { min: PASSWORD_MIN })}</>;
}
