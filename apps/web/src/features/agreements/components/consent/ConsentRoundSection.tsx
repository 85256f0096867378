import { inForceOptions, type Agreement, type AgreementVersion, type ConsentRound } from '@leerkring/domain';
import { Alert, Heading2, Heading3, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { useMe } from '../../../../lib/auth/use-session';
import { agreementQueryOptions, agreementVersionQueryOptions } from '../../api/agreement-queries';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { PutInForceForm } from './PutInForceForm';
import { StanceForm } from './StanceForm';
import { useLiveConsentRound, type LiveMode } from './use-consent-round-live';
import { OrganisationTable, StanceHistory } from './ConsentStances';
import { tallySentence, decisionSentence } from './consent-sentences';

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
