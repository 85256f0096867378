import {
  inForceOptions,
  roundPhase,
  type Agreement,
  type AgreementVersion,
  type ConsentRound,
} from '@leerkring/domain';
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { useMe } from '../../../../lib/auth/use-session';
import { learningGroupQueryOptions } from '../../../../lib/queries/learning-group';
import { agreementQueryOptions, agreementVersionQueryOptions } from '../../api/agreement-queries';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { PutInForceForm } from './PutInForceForm';
import { StanceForm } from './StanceForm';
import { useLiveConsentRound, type LiveMode } from './use-consent-round-live';
import { OrganisationTable, StanceHistory } from './ConsentStances';
import { phaseSentence, tallySentence } from './consent-sentences';
import { representedRegion, voterKey, voterOf } from './consent-voters';

type Ids = { agreementId: string; versionId: string };

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
  const { votesBy } = round;
  // In a learning group a partner gives the stance of the region they represent.
  const group = useQuery({
    ...learningGroupQueryOptions(agreement?.context.id ?? ''),
    enabled: votesBy === 'region' && agreement?.context.type === 'learning-group',
  });
  const region = representedRegion(group.data, me?.person.id);
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
  const voter = votesBy === 'region' ? region : me?.person.organisation;
  const mine = voter ? current.find((item) => voterOf(item).id === voter.id) : undefined;
  const phase = roundPhase({
    status: version?.status ?? (round.open ? 'proposed' : 'concept'),
    round: round.round,
    decided: tally.decided,
  });
  return (
    <>
      <div className="lk-card lk-consent-summary" data-testid="consent-summary">
        {/* The phase and the counts are announced when they change, also when someone else gives a stance. */}
        <div aria-live="polite" aria-atomic="true" className="lk-consent-tally">
          <Paragraph appearance="lead" data-testid="consent-decision">
            <strong>{phaseSentence(t, phase, round)}</strong>
          </Paragraph>
          <ConsentProgress tally={tally} />
          <Paragraph data-testid="consent-tally">{tallySentence(t, tally, votesBy)}.</Paragraph>
        </div>
        {round.open && mayConsent && voter ? (
          <OwnStance ids={ids} mine={mine} organisationName={voter.name} votesBy={votesBy} />
        ) : null}
        {version ? <PutInForceGate version={version} round={round} mayPutInForce={mayPutInForce} ids={ids} /> : null}
      </div>
      {mode !== 'off' ? <Paragraph className="lk-hint">{t(`consent.live.${mode}`)}</Paragraph> : null}

      <details className="lk-consent-details">
        <summary>{t(voterKey(votesBy, 'detailsSummary'), { count: tally.total })}</summary>
        <Paragraph>
          <strong>{t('consent.ruleLabel')}</strong>{' '}
          {t(`consent.rule.${round.decisionRule.kind}`, { needed: tally.consentNeeded, total: tally.total })}
        </Paragraph>
        {objections.length > 0 ? (
          <>
            <Heading3 id="consent-objections">{t('consent.objectionsHeading', { count: objections.length })}</Heading3>
            <UnorderedList aria-labelledby="consent-objections">
              {objections.map((item) => (
                <UnorderedListItem key={item.id} className="lk-notice">
                  <strong>{voterOf(item).name}</strong>:{' '}
                  <span className="lk-pre-wrap">{item.reason ?? t('consent.noReason')}</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : null}
        <Heading3 id="consent-organisations">{t(voterKey(votesBy, 'organisationsHeading'))}</Heading3>
        <OrganisationTable round={round} agreement={agreement} />
      </details>

      <StanceHistory items={round.items} votesBy={votesBy} />
    </>
  );
}

/** The share that consents as a bar, with the counts in words next to it (the bar alone says nothing to everyone). */
function ConsentProgress({ tally }: { tally: ConsentRound['tally'] }) {
  const { t } = useTranslation();
  const label = t('consent.progress', { consent: tally.consent, total: tally.total, needed: tally.consentNeeded });
  return (
    <div className="lk-consent-progress">
      <progress id="consent-progress" max={Math.max(tally.total, 1)} value={tally.consent} aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}

/**
 * "Jouw organisatie: stemt in — wijzigen": the stance of the person's organisation in one line, with the form to give
 * or change it right there (open when none is given yet).
 */
function OwnStance({
  ids,
  mine,
  organisationName,
  votesBy,
}: {
  ids: Ids;
  mine: ConsentRound['items'][number] | undefined;
  organisationName: string;
  votesBy: ConsentRound['votesBy'];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <div className="lk-own-stance">
      <Paragraph data-testid="own-stance">
        <strong>{t(voterKey(votesBy, 'own.label'), { organisation: organisationName })}</strong>{' '}
        {mine ? t(`consent.own.stance.${mine.stance}`) : t('consent.own.none')}
        {mine && !editing ? (
          <>
            {' — '}
            <Button appearance="subtle-button" onClick={() => setEditing(true)}>
              {t('consent.own.change')}
            </Button>
          </>
        ) : null}
      </Paragraph>
      {!mine || editing ? (
        <StanceForm ids={ids} mine={mine} organisationName={organisationName} votesBy={votesBy} />
      ) : null}
    </div>
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
