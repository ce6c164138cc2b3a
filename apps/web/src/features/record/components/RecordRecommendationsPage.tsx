import { Badge, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { RECOMMENDATIONS_PAGE_SIZE, useRecommendations } from '../api/use-recommendations';
import { useSessions } from '../api/use-sessions';
import { themeName, useThemes } from '../api/use-themes';
import { recordRecommendationsRoute, type RecordRecommendationsSearch } from '../routes';
import { ArticleFilter } from './ArticleFilter';
import { dirOf, excerpt } from './record-format';

/** The record's recommendations: browse by meeting and theme, search their words. */
export function RecordRecommendationsPage() {
  return (
    <RequirePermission permission="catalogue:write">
      <Recommendations />
    </RequirePermission>
  );
}

function Recommendations() {
  const { t, i18n } = useTranslation('record');
  const format = useFormat();
  const search = recordRecommendationsRoute.useSearch();
  const navigate = useNavigate({ from: '/record/recommendations' });
  const lang = i18n.language;
  const list = useRecommendations(search, lang);
  const sessions = useSessions();
  const themes = useThemes();
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (patch: Partial<RecordRecommendationsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page ?? undefined }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => setSearch({ q: value.trim() || undefined }), 300);
  const themeByCode = new Map((themes.data ?? []).map((th) => [th.code, th]));

  return (
    <Stack>
      <PageHeader title={t('recommendations.title')} description={t('recommendations.description')} />
      <Group align="flex-end" gap="sm" role="search" aria-label={t('recommendations.filters')}>
        <TextInput
          label={t('recommendations.search')}
          placeholder={t('recommendations.searchPlaceholder')}
          description={t('recommendations.searchHint')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setQuery(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('fields.meeting')}
          placeholder={t('recommendations.anySession')}
          clearable
          data={(sessions.data ?? []).filter((s) => s.recommendationCount > 0).map((s) => ({ value: String(s.number), label: t('sessions.meeting', { number: s.number }) }))}
          value={search.session ? String(search.session) : null}
          onChange={(value) => setSearch({ session: value ? Number(value) : undefined })}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('fields.theme')}
          placeholder={t('recommendations.anyTheme')}
          clearable
          searchable
          data={(themes.data ?? []).map((th) => ({ value: th.code, label: themeName(th, th.code, lang) }))}
          value={search.theme ?? null}
          onChange={(value) => setSearch({ theme: value ?? undefined })}
          w={{ base: '100%', sm: 280 }}
        />
        <ArticleFilter value={search.article} onChange={(article) => setSearch({ article })} />
      </Group>
      {list.isPending ? (
        <FullPageLoader inline />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('recommendations.empty')} hint={t('recommendations.emptyHint')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('recommendations.count', { count: list.data.total, formatted: format.number(list.data.total) })}
          </Text>
          <div className="table-scroll">
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('recommendations.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.reference')}</Table.Th>
                  <Table.Th scope="col">{t('fields.text')}</Table.Th>
                  <Table.Th scope="col">{t('fields.themes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((rec) => {
                  const textLang = rec.textLanguage ?? Object.keys(rec.text)[0];
                  const child = rec.children[0];
                  const text = (textLang ? rec.text[textLang] : undefined) ?? (child?.textLanguage ? child.text[child.textLanguage] : '');
                  return (
                    <Table.Tr key={rec.id}>
                      <Table.Td miw={180}>
                        <Link to="/record/recommendations/$recommendationId" params={{ recommendationId: rec.id }} data-reference>
                          {rec.reference}
                        </Link>
                        {rec.children.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('recommendations.subItems', { count: rec.children.length })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td miw={260}>
                        <Text size="sm" lang={textLang} dir={dirOf(textLang)}>
                          {excerpt(text)}
                        </Text>
                        {textLang && textLang !== lang && (
                          <Badge size="xs" variant="outline" color="gray" mt={4}>
                            {t('recommendations.fallback', { language: t(`languages.${textLang}`) })}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{rec.themes.map((code) => themeName(themeByCode.get(code), code, lang)).join(' · ') || '—'}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
          {list.data.total > RECOMMENDATIONS_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(list.data.total / RECOMMENDATIONS_PAGE_SIZE)}
              value={search.page ?? 1}
              onChange={(page) => setSearch({ page })}
              getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('common:pagination.page', { page }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
