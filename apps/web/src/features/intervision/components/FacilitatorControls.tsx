import {
  applySessionCommand,
  type IntervisionSession,
  type SessionCommand,
  type SessionProgress,
  type SessionRefusal,
} from '@leerkring/domain';
import { Button, ButtonGroup, Heading3 } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { isApiProblem } from '../../../lib/api-client';
import { useSessionCommand } from '../api/session-mutations';

const commandsFor = (session: IntervisionSession): SessionCommand[] =>
  session.status === 'planned'
    ? ['start']
    : session.status === 'running'
      ? [
          'back',
          'advance',
          ...(session.currentPhase?.inputMode === 'private-then-reveal' ? (['reveal'] as const) : []),
          'end',
        ]
      : [];

/** The facilitator's commands, each disabled with the phase machine's reason when it does not apply now. */
export function FacilitatorControls({ session, progress }: { session: IntervisionSession; progress: SessionProgress }) {
  const { t } = useTranslation();
  const command = useSessionCommand(session.id);
  const commands = commandsFor(session);
  if (commands.length === 0) return null;
  const now = new Date().toISOString();
  const verdicts = commands.map((name) => ({
    name,
    verdict: applySessionCommand({ progress, command: name, roles: session.myRoles, phases: session.phases, now }),
  }));
  const refusedReason = isApiProblem(command.error) ? command.error.problem.invalidParams?.[0]?.code : undefined;
  return (
    <div className="lk-facilitator" role="group" aria-labelledby="facilitator-heading">
      <Heading3 id="facilitator-heading">{t('sessions.facilitator.heading')}</Heading3>
      <ButtonGroup>
        {verdicts.map(({ name, verdict }) =>
          name === 'end' ? (
            <ConfirmButton
              key={name}
              label={t('sessions.commands.end')}
              question={t('sessions.facilitator.endQuestion')}
              confirmLabel={t('sessions.facilitator.endConfirm')}
              onConfirm={() => command.mutate('end')}
              busy={command.isPending || !verdict.ok}
            />
          ) : (
            <Button
              key={name}
              type="button"
              appearance={name === 'advance' || name === 'start' ? 'primary-action-button' : 'secondary-action-button'}
              disabled={command.isPending || !verdict.ok}
              aria-describedby={verdict.ok ? undefined : `command-${name}-why`}
              onClick={() => command.mutate(name)}
            >
              {t(`sessions.commands.${name}`)}
            </Button>
          ),
        )}
      </ButtonGroup>
      {verdicts.map(({ name, verdict }) =>
        verdict.ok ? null : (
          <p key={name} id={`command-${name}-why`} className="lk-hint">
            {t(`sessions.commands.${name}`)}: {t(`sessions.refusals.${verdict.reason}`)}
          </p>
        ),
      )}
      {command.error ? (
        <div role="alert" className="lk-field-error">
          {refusedReason
            ? t(`sessions.refusals.${refusedReason as SessionRefusal}`, { defaultValue: refusedReason })
            : (command.error as Error).message}
        </div>
      ) : null}
    </div>
  );
}
