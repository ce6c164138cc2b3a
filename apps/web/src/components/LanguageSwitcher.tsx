import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '@contracts';
import { changeLanguage, isUiLanguage, LANGUAGE_NAMES } from '@/lib/i18n';
import { markLanguageChosen } from '@/lib/language-choice';
import { useUpdateMe } from '@/features/auth/api/use-update-me';

const OPTIONS = UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));

/**
 * The six UN languages, each named in itself; signed in, the choice is stored on the account. A native select: every
 * browser and screen reader knows it, and the first page needs no popover code (the JavaScript budget).
 */
export function LanguageSwitcher({ saveToAccount = false }: { saveToAccount?: boolean }) {
  const { t, i18n } = useTranslation();
  const updateMe = useUpdateMe();
  const choose = async (value: string) => {
    if (!isUiLanguage(value) || value === i18n.language) return;
    markLanguageChosen();
    await changeLanguage(value as UiLanguage);
    if (saveToAccount) updateMe.mutate({ language: value });
  };
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data={OPTIONS}
      value={i18n.language}
      onChange={(event) => void choose(event.currentTarget.value)}
      w={{ base: 96, xs: 118, sm: 150 }}
      size="sm"
    />
  );
}
