import { effectiveVoucherStatus, type KnowledgeVoucher, type VoucherState } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { KnowledgeVoucherEntity } from './knowledge-voucher.entity.js';

const hours = (quarters: number) => quarters / 4;
const quarters = (hoursGiven: number) => Math.round(hoursGiven * 4);

/** The stored voucher as the domain's state machine sees it. */
export function toVoucherState(entity: KnowledgeVoucherEntity, lessonIds: readonly string[]): VoucherState {
  return {
    status: entity.status,
    requestedOn: entity.requestedOn,
    grantedOn: entity.grantedOn,
    expiresOn: entity.expiresOn,
    startedOn: entity.startedOn,
    completedOn: entity.completedOn,
    hoursGranted: entity.quarterHoursGranted === null ? null : hours(entity.quarterHoursGranted),
    hoursUsed: hours(entity.quarterHoursUsed),
    amountGrantedCents: entity.amountGrantedCents,
    amountUsedCents: entity.amountUsedCents,
    expertName: entity.expertName,
    expertOrganisationId: entity.expertOrganisationId,
    rejectionReason: entity.rejectionReason,
    evaluation:
      entity.evaluationBenefit === null || entity.evaluationScore === null || entity.evaluatedOn === null
        ? null
        : {
            benefit: entity.evaluationBenefit,
            score: entity.evaluationScore,
            lessonIds,
            evaluatedOn: entity.evaluatedOn,
          },
  };
}

/** The columns of a state the state machine accepted (hours in quarter hours, judged whole by the rules). */
export function voucherColumns(
  state: VoucherState,
): Omit<
  KnowledgeVoucherEntity,
  | 'id'
  | 'region'
  | 'regionId'
  | 'network'
  | 'networkId'
  | 'question'
  | 'expertise'
  | 'expertOrganisation'
  | 'evaluatedBy'
  | 'evaluatedById'
  | 'createdById'
  | 'createdAt'
  | 'updatedAt'
> {
  return {
    status: state.status,
    requestedOn: state.requestedOn,
    grantedOn: state.grantedOn,
    expiresOn: state.expiresOn,
    startedOn: state.startedOn,
    completedOn: state.completedOn,
    quarterHoursGranted: state.hoursGranted === null ? null : quarters(state.hoursGranted),
    quarterHoursUsed: quarters(state.hoursUsed),
    amountGrantedCents: state.amountGrantedCents,
    amountUsedCents: state.amountUsedCents,
    expertName: state.expertName,
    expertOrganisationId: state.expertOrganisationId,
    rejectionReason: state.rejectionReason,
    evaluationBenefit: state.evaluation?.benefit ?? null,
    evaluationScore: state.evaluation?.score ?? null,
    evaluatedOn: state.evaluation?.evaluatedOn ?? null,
  };
}

/** The voucher as answered, with its status as of `now` (expiry computed, never stored). */
export function toKnowledgeVoucher(
  entity: KnowledgeVoucherEntity,
  lessonIds: readonly string[],
  now: Date,
): KnowledgeVoucher {
  const state = toVoucherState(entity, lessonIds);
  return {
    id: entity.id,
    region: toReference(entity.region),
    network: toReference(entity.network),
    question: entity.question,
    expertise: entity.expertise,
    expert:
      entity.expertName === null
        ? null
        : {
            name: entity.expertName,
            organisation: entity.expertOrganisation ? toReference(entity.expertOrganisation) : null,
          },
    status: effectiveVoucherStatus({ voucher: state, now }),
    hoursGranted: state.hoursGranted,
    hoursUsed: state.hoursUsed,
    amountGrantedCents: entity.amountGrantedCents,
    amountUsedCents: entity.amountUsedCents,
    requestedOn: entity.requestedOn,
    grantedOn: entity.grantedOn,
    expiresOn: entity.expiresOn,
    startedOn: entity.startedOn,
    completedOn: entity.completedOn,
    rejectionReason: entity.rejectionReason,
    evaluation:
      state.evaluation === null || entity.evaluatedBy === null
        ? null
        : { ...state.evaluation, lessonIds: [...lessonIds], evaluatedBy: toReference(entity.evaluatedBy) },
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
