import type { Agreement, Consent, ConsentRound } from '@leerkring/domain';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/formatting';
import { useLanguage } from '../../../../lib/use-language';
import { buildingTeamQueryOptions } from '../../../../lib/queries/building-team';
import { learningGroupQueryOptions } from '../../../../lib/queries/learning-group';
import { voterKey, voterOf } from './consent-voters';

function byName(language: string) {
  return (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, language);
}

/**
 * Each organisation's stance now (for a learning group: each region's); also the partners (regions) who have not given
 * one.
 */
export function OrganisationTable({ round, agreement }: { round: ConsentRound; agreement: Agreement | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const isTeam = agreement?.context.type === 'building-team';
  const team = useQuery({
    ...buildingTeamQueryOptions(agreement?.context.id ?? ''),
    enabled: isTeam && round.tally.none > 0,
  });
  const group = useQuery({
    ...learningGroupQueryOptions(agreement?.context.id ?? ''),
    enabled: round.votesBy === 'region' && agreement?.context.type === 'learning-group' && round.tally.none > 0,
  });
  const voters = round.votesBy === 'region' ? group.data?.regions : team.data?.partners;
  const current = round.items.filter((item) => item.current);
  const given = new Set(current.map((item) => voterOf(item).id));
  const rows: { name: string; id: string; item?: Consent }[] = [
    ...current.map((item) => ({ id: voterOf(item).id, name: voterOf(item).name, item })),
    ...(round.open && voters
      ? voters.filter((voter) => !given.has(voter.id)).map((voter) => ({ id: voter.id, name: voter.name }))
      : []),
  ].sort(byName(language));
  return (
    <>
      {rows.length === 0 ? <Paragraph>{t('consent.noStances')}</Paragraph> : null}
      {rows.length > 0 ? (
        <Table caption={t(voterKey(round.votesBy, 'organisationsCaption'), { round: round.round })} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(voterKey(round.votesBy, 'columns.organisation'))}</TableHeaderCell>
              <TableHeaderCell>{t('consent.columns.stance')}</TableHeaderCell>
              <TableHeaderCell>{t('consent.columns.reason')}</TableHeaderCell>
              <TableHeaderCell>{t('consent.columns.givenAt')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
                <TableCell>{row.item ? stanceText(t, row.item.stance) : t('consent.stance.none')}</TableCell>
                <TableCell>{row.item?.reason ? <span className="lk-pre-wrap">{row.item.reason}</span> : '—'}</TableCell>
                <TableCell>{row.item ? <Given item={row.item} /> : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {round.tally.none > 0 && !(round.open && voters) ? (
        <Paragraph>{t('consent.notYet', { count: round.tally.none })}</Paragraph>
      ) : null}
    </>
  );
}

function stanceText(t: TFunction, stance: Consent['stance']): string {
  return t(`consent.stance.${stance}`);
}

function Given({ item }: { item: Consent }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <time dateTime={item.givenAt}>{formatDateTime({ timestamp: item.givenAt, language })}</time>
      {item.givenBy ? ` ${t('consent.by', { name: item.givenBy.name })}` : ''}
    </>
  );
}

/** Every stance given on this version, oldest first, folded away: who changed their mind, and when. */
export function StanceHistory({
  items,
  votesBy = 'organisation',
}: {
  items: readonly Consent[];
  votesBy?: ConsentRound['votesBy'];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (items.length === 0) return null;
  return (
    <details className="lk-stance-history">
      <summary>{t('consent.history.summary', { count: items.length })}</summary>
      <Table caption={t('consent.history.caption')} captionHidden>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('consent.history.round')}</TableHeaderCell>
            <TableHeaderCell>{t(voterKey(votesBy, 'columns.organisation'))}</TableHeaderCell>
            <TableHeaderCell>{t('consent.columns.stance')}</TableHeaderCell>
            <TableHeaderCell>{t('consent.columns.reason')}</TableHeaderCell>
            <TableHeaderCell>{t('consent.history.givenBy')}</TableHeaderCell>
            <TableHeaderCell>{t('consent.history.when')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>{item.round}</TableCell>
              <TableCell>{voterOf(item).name}</TableCell>
              <TableCell>
                {t(`consent.stance.${item.stance}`)}
                {item.current ? ` (${t('consent.history.counts')})` : ''}
              </TableCell>
              <TableCell>{item.reason ? <span className="lk-pre-wrap">{item.reason}</span> : '—'}</TableCell>
              <TableCell>{item.givenBy?.name ?? t('consent.history.nobody')}</TableCell>
              <TableCell>
                <time dateTime={item.givenAt}>{formatDateTime({ timestamp: item.givenAt, language })}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}
