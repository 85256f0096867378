import {
  inForceOptions,
  type Agreement,
  type AgreementVersion,
  type Consent,
  type ConsentRound,
} from '@leerkring/domain';
import {
  Alert,
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { formatDateTime } from '../../../../lib/formatting';
import { useLanguage } from '../../../../lib/use-language';
import { buildingTeamQueryOptions } from '../../../../lib/queries/building-team';
import { useMe } from '../../../../lib/auth/use-session';
import { agreementQueryOptions, agreementVersionQueryOptions } from '../../api/agreement-queries';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { PutInForceForm } from './PutInForceForm';
import { StanceForm } from './StanceForm';
import { useLiveConsentRound, type LiveMode } from './use-consent-round-live';

type Tally = ConsentRound['tally'];
type Ids = { agreementId: string; versionId: string };

/** "20 van 26 organisaties stemmen in, 2 maken bezwaar, 4 staan opzij, 0 nog niet": every count in words. */
export function tallySentence(t: TFunction, tally: Tally): string {
  return [
    t('consent.tally.consent', { count: tally.consent, total: tally.total }),
    t('consent.tally.object', { count: tally.object }),
    t('consent.tally.standAside', { count: tally.standAside }),
    t('consent.tally.none', { count: tally.none }),
  ].join(', ');
}

/** Whether the decision rule is met, or what stops it, in words. */
export function decisionSentence(t: TFunction, tally: Tally): string {
  if (tally.decided)
    return t('consent.decision.decided', { consent: tally.consent, needed: tally.consentNeeded, total: tally.total });
  switch (tally.blockedBy) {
    case 'open-objections':
      return t('consent.decision.openObjections', { count: tally.object });
    case 'missing-stances':
      return t('consent.decision.missingStances', { count: tally.none });
    default:
      return t('consent.decision.notEnoughConsent', {
        count: Math.max(0, tally.consentNeeded - tally.consent),
        needed: tally.consentNeeded,
        total: tally.total,
      });
  }
}

/**
 * The consent round of a version, for every member: the counts in words, the decision rule, whether it is decided,
 * each organisation's stance with its reason, and every stance ever given; live while the round is open. A partner
 * gives their organisation's stance here; a facilitator or coordinator puts a decided version in force.
 */
export function ConsentRoundSection({ agreementId, versionId }: Ids) {
  const { t } = useTranslation();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const version = useQuery(agreementVersionQueryOptions(agreementId, versionId));
  const { query: round, mode } = useLiveConsentRound({ agreementId, versionId });
  return (
    <section aria-labelledby="consent-heading">
      <Heading2 id="consent-heading">{t('consent.heading')}</Heading2>
      {round.isPending ? (
        <LoadingState label={t('consent.loading')} />
      ) : round.isError ? (
        <QueryProblem error={round.error} headingLevel={3} onRetry={() => void round.refetch()} />
      ) : (
        <Round
          round={round.data}
          mode={mode}
          agreement={agreement.data}
          version={version.data}
          ids={{ agreementId, versionId }}
        />
      )}
    </section>
  );
}

function Round({
  round,
  mode,
  agreement,
  version,
  ids,
}: {
  round: ConsentRound;
  mode: LiveMode;
  agreement: Agreement | undefined;
  version: AgreementVersion | undefined;
  ids: Ids;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const mayConsent = useCanInAgreementContext('agreement:consent', agreement?.context);
  const mayPutInForce = useCanInAgreementContext('agreement:put-in-force', agreement?.context);
  if (round.round === 0) {
    return (
      <>
        <Paragraph>{t(version?.status === 'concept' ? 'consent.noRoundYet' : 'consent.noRound')}</Paragraph>
        {version ? <PutInForceGate version={version} round={round} mayPutInForce={mayPutInForce} ids={ids} /> : null}
      </>
    );
  }
  const { tally } = round;
  const current = round.items.filter((item) => item.current);
  const objections = current.filter((item) => item.stance === 'object');
  const mine = me ? current.find((item) => item.organisation.id === me.person.organisation.id) : undefined;
  return (
    <>
      <Paragraph>{t(round.open ? 'consent.roundOpen' : 'consent.roundClosed', { round: round.round })}</Paragraph>
      {/* The counts and the decision are announced when they change, also when someone else gives a stance. */}
      <div aria-live="polite" aria-atomic="true" className="lk-consent-tally">
        <Paragraph appearance="lead" data-testid="consent-tally">
          {tallySentence(t, tally)}.
        </Paragraph>
        <Paragraph className="lk-notice" data-testid="consent-decision">
          {decisionSentence(t, tally)}
        </Paragraph>
      </div>
      <Paragraph>
        <strong>{t('consent.ruleLabel')}</strong>{' '}
        {t(`consent.rule.${round.decisionRule.kind}`, { needed: tally.consentNeeded, total: tally.total })}
      </Paragraph>
      {mode !== 'off' ? <Paragraph className="lk-hint">{t(`consent.live.${mode}`)}</Paragraph> : null}

      {objections.length > 0 ? (
        <>
          <Heading3 id="consent-objections">{t('consent.objectionsHeading', { count: objections.length })}</Heading3>
          <UnorderedList aria-labelledby="consent-objections">
            {objections.map((item) => (
              <UnorderedListItem key={item.id} className="lk-notice">
                <strong>{item.organisation.name}</strong>:{' '}
                <span className="lk-pre-wrap">{item.reason ?? t('consent.noReason')}</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}

      <Heading3 id="consent-organisations">{t('consent.organisationsHeading')}</Heading3>
      <OrganisationTable round={round} agreement={agreement} />

      {round.open && mayConsent && me ? (
        <StanceForm ids={ids} mine={mine} organisationName={me.person.organisation.name} />
      ) : null}
      {version ? <PutInForceGate version={version} round={round} mayPutInForce={mayPutInForce} ids={ids} /> : null}

      <StanceHistory items={round.items} />
    </>
  );
}

function PutInForceGate({
  version,
  round,
  mayPutInForce,
  ids,
}: {
  version: AgreementVersion;
  round: ConsentRound;
  mayPutInForce: boolean;
  ids: Ids;
}) {
  const [done, setDone] = useState<string | null>(null);
  if (!mayPutInForce) return null;
  const options = inForceOptions({ status: version.status, decided: round.open && round.tally.decided });
  return (
    <>
      {done ? (
        <Alert type="ok">
          <Paragraph>{done}</Paragraph>
        </Alert>
      ) : null}
      {/* A fresh form per status: once a proposal is a bèta, the same place offers to adopt it. */}
      {options.length > 0 ? (
        <PutInForceForm key={version.status} ids={ids} version={version} options={options} onDone={setDone} />
      ) : null}
    </>
  );
}

function byName(language: string) {
  return (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, language);
}

/** Each organisation's stance now; for a bouwteam also the partners who have not given one. */
function OrganisationTable({ round, agreement }: { round: ConsentRound; agreement: Agreement | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const isTeam = agreement?.context.type === 'building-team';
  const team = useQuery({
    ...buildingTeamQueryOptions(agreement?.context.id ?? ''),
    enabled: isTeam && round.tally.none > 0,
  });
  const current = round.items.filter((item) => item.current);
  const given = new Set(current.map((item) => item.organisation.id));
  const rows: { name: string; id: string; item?: Consent }[] = [
    ...current.map((item) => ({ id: item.organisation.id, name: item.organisation.name, item })),
    ...(round.open && team.data
      ? team.data.partners
          .filter((partner) => !given.has(partner.id))
          .map((partner) => ({ id: partner.id, name: partner.name }))
      : []),
  ].sort(byName(language));
  return (
    <>
      {rows.length === 0 ? <Paragraph>{t('consent.noStances')}</Paragraph> : null}
      {rows.length > 0 ? (
        <Table caption={t('consent.organisationsCaption', { round: round.round })} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('consent.columns.organisation')}</TableHeaderCell>
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
      {round.tally.none > 0 && !(round.open && team.data) ? (
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
function StanceHistory({ items }: { items: readonly Consent[] }) {
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
            <TableHeaderCell>{t('consent.columns.organisation')}</TableHeaderCell>
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
              <TableCell>{item.organisation.name}</TableCell>
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
