import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useArticles } from '../api/use-articles';
import { useArticleLabel } from './RecommendationArticles';

/** The record list's filter by article of the Protocol or the Convention (suggested and confirmed links). */
export function ArticleFilter({ value, onChange }: { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t, i18n } = useTranslation('record');
  const label = useArticleLabel();
  const articles = useArticles(i18n.language);
  return (
    <Select
      label={t('articles.filter')}
      placeholder={t('articles.any')}
      clearable
      searchable
      data={(articles.data ?? []).map((a) => ({ value: a.code, label: `${label(a)} — ${a.title}` }))}
      value={value ?? null}
      onChange={(code) => onChange(code ?? undefined)}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
