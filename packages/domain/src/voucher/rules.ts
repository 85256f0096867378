import { addMonths, calendarDateAt } from '../common/calendar.js';
import type { RuleViolation } from '../common/violation.js';
import { can, scopeOf, type Permission, type Principal } from '../access/policy.js';
import { findIdentifiersInFields } from '../privacy/rules.js';
import type {
  KnowledgeVoucherEvaluationCreate,
  KnowledgeVoucherTransition,
  StoredVoucherStatus,
  VoucherStatus,
} from './schema.js';

export const voucherRuleCodes = [
  'hours-invalid',
  'hours-above-granted',
  'amount-negative',
  'amount-not-whole-cents',
  'amount-above-granted',
  'date-before-previous-step',
  'expiry-not-after-grant',
  'identifier-found',
] as const;
export type VoucherRuleCode = (typeof voucherRuleCodes)[number];
export type VoucherViolation = RuleViolation<VoucherRuleCode>;

/** A voucher is valid this long after it was granted, unless the grant says otherwise. */
export const voucherValidityMonths = 12;

/**
 * The state machine: requested → granted → in-progress → completed → evaluated, or rejected (a request) and expired
 * (computed, never a step). In progress may be entered again to record the hours used so far.
 */
export const voucherTransitions: Readonly<Record<VoucherStatus, readonly StoredVoucherStatus[]>> = {
  requested: ['granted', 'rejected'],
  granted: ['in-progress'],
  'in-progress': ['in-progress', 'completed'],
  completed: ['evaluated'],
  evaluated: [],
  rejected: [],
  expired: [],
};

export function canVoucherTransition({ from, to }: { from: VoucherStatus; to: StoredVoucherStatus }): boolean {
  return voucherTransitions[from].includes(to);
}

/** What the rules need of a stored voucher: its status, dates, hours and amounts. */
export interface VoucherState {
  readonly status: StoredVoucherStatus;
  readonly requestedOn: string;
  readonly grantedOn: string | null;
  readonly expiresOn: string | null;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly hoursGranted: number | null;
  readonly hoursUsed: number;
  readonly amountGrantedCents: number | null;
  readonly amountUsedCents: number;
  readonly expertName: string | null;
  readonly expertOrganisationId: string | null;
  readonly rejectionReason: string | null;
  readonly evaluation: { benefit: string; score: number; lessonIds: readonly string[]; evaluatedOn: string } | null;
}

/** A new request as the rules see it. */
export function requestedVoucher({ requestedOn }: { requestedOn: string }): VoucherState {
  return {
    status: 'requested',
    requestedOn,
    grantedOn: null,
    expiresOn: null,
    startedOn: null,
    completedOn: null,
    hoursGranted: null,
    hoursUsed: 0,
    amountGrantedCents: null,
    amountUsedCents: 0,
    expertName: null,
    expertOrganisationId: null,
    rejectionReason: null,
    evaluation: null,
  };
}

/**
 * The status as of `now`: a granted or running voucher whose expiry date has passed (in the Netherlands) without
 * completion is expired. Completed, evaluated and rejected vouchers stay what they are.
 */
export function effectiveVoucherStatus({
  voucher,
  now,
}: {
  voucher: Pick<VoucherState, 'status' | 'expiresOn'>;
  now: Date;
}): VoucherStatus {
  const running = voucher.status === 'granted' || voucher.status === 'in-progress';
  return running && voucher.expiresOn !== null && calendarDateAt(now) > voucher.expiresOn ? 'expired' : voucher.status;
}

const violation = (
  path: string,
  code: VoucherRuleCode,
  message: string,
  extra: Partial<VoucherViolation> = {},
): VoucherViolation => ({ path, code, message, ...extra });

function hoursViolations({ value, path }: { value: number; path: string }): VoucherViolation[] {
  return Number.isFinite(value) && value >= 0 && Number.isInteger(value * 4)
    ? []
    : [violation(path, 'hours-invalid', 'Geef de uren als een positief aantal in kwartieren (bijvoorbeeld 7,5).')];
}

function centsViolations({ value, path }: { value: number; path: string }): VoucherViolation[] {
  if (!Number.isInteger(value))
    return [violation(path, 'amount-not-whole-cents', 'Een bedrag is een heel aantal eurocent.')];
  return value < 0 ? [violation(path, 'amount-negative', 'Een bedrag kan niet negatief zijn.')] : [];
}

function notBefore({
  date,
  earlier,
  path,
}: {
  date: string;
  earlier: string | null;
  path: string;
}): VoucherViolation[] {
  return earlier !== null && date < earlier
    ? [violation(path, 'date-before-previous-step', `Deze datum ligt vóór de vorige stap (${earlier}).`)]
    : [];
}

function textViolations(fields: Record<string, string | null | undefined>): VoucherViolation[] {
  return findIdentifiersInFields(fields).map(({ field, kind, start, end }) =>
    violation(
      field,
      'identifier-found',
      'Deze tekst lijkt iemand te identificeren; beschrijf de vraag, niet de persoon.',
      {
        kind,
        start,
        end,
      },
    ),
  );
}

/** The free text of a new request through the privacy guard. */
export function voucherRequestViolations({
  question,
  expertise,
}: {
  question: string;
  expertise: string;
}): VoucherViolation[] {
  return textViolations({ question, expertise });
}

export type VoucherStepResult =
  | { ok: true; voucher: VoucherState }
  /** The state machine does not allow the step from where the voucher is now (409). */
  | { ok: false; conflict: { from: VoucherStatus; to: StoredVoucherStatus } }
  /** The step is allowed, but its values break a rule (422). */
  | { ok: false; violations: VoucherViolation[] };

/**
 * One step of a voucher, judged as of `now`: allowed from its status as of now (an expired voucher takes no step), with
 * dates in order, hours in quarter hours and amounts in whole cents, and never more hours or money used than granted.
 */
export function transitionVoucher({
  voucher,
  step,
  now,
}: {
  voucher: VoucherState;
  step: KnowledgeVoucherTransition;
  now: Date;
}): VoucherStepResult {
  const from = effectiveVoucherStatus({ voucher, now });
  if (!canVoucherTransition({ from, to: step.to })) return { ok: false, conflict: { from, to: step.to } };
  const found: VoucherViolation[] = [];
  let next: VoucherState;
  switch (step.to) {
    case 'granted': {
      const expiresOn = step.expiresOn ?? addMonths({ date: step.grantedOn, months: voucherValidityMonths });
      found.push(
        ...notBefore({ date: step.grantedOn, earlier: voucher.requestedOn, path: 'grantedOn' }),
        ...hoursViolations({ value: step.hoursGranted, path: 'hoursGranted' }),
        ...centsViolations({ value: step.amountGrantedCents, path: 'amountGrantedCents' }),
      );
      if (expiresOn <= step.grantedOn)
        found.push(violation('expiresOn', 'expiry-not-after-grant', 'De vervaldatum ligt na de datum van toekenning.'));
      next = {
        ...voucher,
        status: 'granted',
        grantedOn: step.grantedOn,
        expiresOn,
        hoursGranted: step.hoursGranted,
        amountGrantedCents: step.amountGrantedCents,
        expertName: step.expertName,
        expertOrganisationId: step.expertOrganisationId,
      };
      break;
    }
    case 'rejected':
      found.push(...textViolations({ reason: step.reason }));
      next = { ...voucher, status: 'rejected', rejectionReason: step.reason };
      break;
    case 'in-progress': {
      const startedOn = voucher.startedOn ?? step.startedOn ?? calendarDateAt(now);
      if (voucher.startedOn === null)
        found.push(...notBefore({ date: startedOn, earlier: voucher.grantedOn, path: 'startedOn' }));
      next = {
        ...voucher,
        status: 'in-progress',
        startedOn,
        hoursUsed: step.hoursUsed ?? voucher.hoursUsed,
        amountUsedCents: step.amountUsedCents ?? voucher.amountUsedCents,
      };
      break;
    }
    case 'completed':
      found.push(...notBefore({ date: step.completedOn, earlier: voucher.startedOn, path: 'completedOn' }));
      next = {
        ...voucher,
        status: 'completed',
        completedOn: step.completedOn,
        hoursUsed: step.hoursUsed,
        amountUsedCents: step.amountUsedCents,
      };
      break;
  }
  if (step.to === 'in-progress' || step.to === 'completed') found.push(...usageViolations(next));
  return found.length > 0 ? { ok: false, violations: found } : { ok: true, voucher: next };
}

/** Used hours and money stay within what was granted. */
export function usageViolations(
  voucher: Pick<VoucherState, 'hoursUsed' | 'hoursGranted' | 'amountUsedCents' | 'amountGrantedCents'>,
): VoucherViolation[] {
  const found = [
    ...hoursViolations({ value: voucher.hoursUsed, path: 'hoursUsed' }),
    ...centsViolations({ value: voucher.amountUsedCents, path: 'amountUsedCents' }),
  ];
  if (found.length > 0) return found;
  if (voucher.hoursUsed > (voucher.hoursGranted ?? 0))
    found.push(
      violation(
        'hoursUsed',
        'hours-above-granted',
        `Er zijn ${voucher.hoursGranted ?? 0} uren toegekend; meer kan niet.`,
      ),
    );
  if (voucher.amountUsedCents > (voucher.amountGrantedCents ?? 0))
    found.push(violation('amountUsedCents', 'amount-above-granted', 'Er is meer gebruikt dan het toegekende bedrag.'));
  return found;
}

/** The evaluation of a completed voucher: only once, only after completion, its text through the privacy guard. */
export function evaluateVoucher({
  voucher,
  evaluation,
  now,
}: {
  voucher: VoucherState;
  evaluation: KnowledgeVoucherEvaluationCreate;
  now: Date;
}): VoucherStepResult {
  const from = effectiveVoucherStatus({ voucher, now });
  if (!canVoucherTransition({ from, to: 'evaluated' })) return { ok: false, conflict: { from, to: 'evaluated' } };
  const evaluatedOn = evaluation.evaluatedOn ?? calendarDateAt(now);
  const found = [
    ...notBefore({ date: evaluatedOn, earlier: voucher.completedOn, path: 'evaluatedOn' }),
    ...textViolations({ benefit: evaluation.benefit }),
  ];
  if (found.length > 0) return { ok: false, violations: found };
  return {
    ok: true,
    voucher: {
      ...voucher,
      status: 'evaluated',
      evaluation: {
        benefit: evaluation.benefit,
        score: evaluation.score,
        lessonIds: evaluation.lessonIds,
        evaluatedOn,
      },
    },
  };
}

/**
 * Where the caller may see vouchers: the regions where they hold the permission through a region role (the
 * coordinator) and the networks (bouwteams) where they hold it through a bouwteam role (the network's partners).
 */
export function knowledgeVoucherScope({
  principal,
  permission,
}: {
  principal: Principal;
  permission: Extract<Permission, `voucher:${string}`>;
}): { all: true } | { all: false; regionIds: string[]; networkIds: string[] } {
  const regions = scopeOf({ principal, permission, contextType: 'region' });
  const networks = scopeOf({ principal, permission, contextType: 'building-team' });
  if (regions.all || networks.all) return { all: true };
  return { all: false, regionIds: regions.ids, networkIds: networks.ids };
}

/** Whether the caller may act on one voucher: through its region, or through its network. */
export function canOnVoucher({
  principal,
  permission,
  voucher,
}: {
  principal: Principal | null;
  permission: Extract<Permission, `voucher:${string}`>;
  voucher: { regionId: string; networkId: string };
}): boolean {
  return (
    can({ principal, permission, context: { type: 'region', id: voucher.regionId } }) ||
    can({ principal, permission, context: { type: 'building-team', id: voucher.networkId } })
  );
}
