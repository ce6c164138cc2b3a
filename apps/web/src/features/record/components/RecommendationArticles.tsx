import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { notify } from '@/lib/notify';
import { useArticles, type Article, type ArticleLink } from '../api/use-articles';
import { useDecideArticle } from '../api/use-decide-article';

/** "Protocol, art. 6" / "Convention, art. 25". */
export function useArticleLabel() {
  const { t } = useTranslation('record');
  return (a: Pick<Article, 'instrument' | 'number'>) => t(a.instrument === 'tip_protocol' ? 'articles.protocolArticle' : 'articles.conventionArticle', { number: a.number });
}

/**
 * The articles of the Protocol and the Convention a recommendation concerns: the rules' suggestions (marked, a cited
 * article apart from a keyword match), which the secretariat confirms or rejects, and articles it adds.
 */
export function RecommendationArticles({ recommendationId, links }: { recommendationId: string; links: ArticleLink[] }) {
  const { t, i18n } = useTranslation('record');
  const label = useArticleLabel();
  const articles = useArticles(i18n.language);
  const decide = useDecideArticle(recommendationId);
  const [adding, setAdding] = useState<string | null>(null);
  const byCode = new Map((articles.data ?? []).map((a) => [a.code, a]));
  const title = (link: ArticleLink) => byCode.get(link.code)?.title ?? link.title;
  const linked = new Set(links.filter((l) => l.status !== 'rejected').map((l) => l.code));
  const run = (code: string, status: 'confirmed' | 'rejected', done: string) =>
    decide.mutate({ code, status }, { onSuccess: () => notify('green', done) });

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('articles.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('articles.description')}
        </Text>
        <ProblemAlert error={decide.error} />
        {links.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('articles.empty')}
          </Text>
        ) : (
          <div className="table-scroll">
            <Table verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('articles.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('articles.article')}</Table.Th>
                  <Table.Th scope="col">{t('articles.status')}</Table.Th>
                  <Table.Th scope="col">{t('articles.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.map((link) => {
                  const name = `${label(link)} — ${title(link)}`;
                  return (
                    <Table.Tr key={link.code} data-article={link.code} data-status={link.status}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {label(link)}
                        </Text>
                        <Text size="sm">{title(link)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant={link.status === 'confirmed' ? 'filled' : 'outline'} color={link.status === 'rejected' ? 'gray' : link.status === 'confirmed' ? 'blue' : 'blue.9'}>
                          {t(`articles.statuses.${link.status}`)}
                        </Badge>
                        {link.status === 'suggested' && (
                          <Text size="xs" c="dimmed" mt={4}>
                            {t(link.basis === 'citation' ? 'articles.byCitation' : 'articles.byKeyword')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          {link.status !== 'confirmed' && (
                            <Button size="xs" variant="light" loading={decide.isPending} onClick={() => run(link.code, 'confirmed', t('articles.confirmed'))} aria-label={t('articles.confirmNamed', { article: name })}>
                              {t('articles.confirm')}
                            </Button>
                          )}
                          {link.status !== 'rejected' && (
                            <Button size="xs" variant="subtle" color="red" loading={decide.isPending} onClick={() => run(link.code, 'rejected', t('articles.rejected'))} aria-label={t('articles.rejectNamed', { article: name })}>
                              {t('articles.reject')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <Group align="flex-end" gap="sm">
          <Select
            label={t('articles.add')}
            placeholder={t('articles.choose')}
            searchable
            clearable
            data={(articles.data ?? []).filter((a) => !linked.has(a.code)).map((a) => ({ value: a.code, label: `${label(a)} — ${a.title}` }))}
            value={adding}
            onChange={setAdding}
            w={{ base: '100%', sm: 420 }}
          />
          <Button
            disabled={!adding}
            loading={decide.isPending}
            onClick={() => adding && decide.mutate({ code: adding, status: 'confirmed' }, { onSuccess: () => (setAdding(null), notify('green', t('articles.added'))) })}
          >
            {t('articles.addButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
