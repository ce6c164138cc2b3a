import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '@contracts';
import { changeLanguage, isUiLanguage, LANGUAGE_NAMES } from '@/lib/i18n';
import { markLanguageChosen } from '@/lib/language-choice';
import { useUpdateMe } from '@/features/auth/api/use-update-me';

const OPTIONS = UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));

/** The six UN languages, each named in itself; signed in, the choice is stored on the account. */
export function LanguageSwitcher({ saveToAccount = false }: { saveToAccount?: boolean }) {
  const { t, i18n } = useTranslation();
  const updateMe = useUpdateMe();
  const choose = async (value: string | null) => {
    if (!isUiLanguage(value) || value === i18n.language) return;
    markLanguageChosen();
    await changeLanguage(value as UiLanguage);
    if (saveToAccount) updateMe.mutate({ language: value });
  };
  return (
    <Select
      aria-label={t('language.label')}
      data={OPTIONS}
      value={i18n.language}
      onChange={(value) => void choose(value)}
      allowDeselect={false}
      checkIconPosition="right"
      w={{ base: 118, sm: 150 }}
      size="sm"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
