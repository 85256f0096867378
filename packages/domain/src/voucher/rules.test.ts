import { describe, expect, it } from 'vitest';
import {
  canOnVoucher,
  canVoucherTransition,
  effectiveVoucherStatus,
  evaluateVoucher,
  knowledgeVoucherScope,
  requestedVoucher,
  transitionVoucher,
  voucherRequestViolations,
  voucherStatuses,
  type KnowledgeVoucherTransition,
  type Principal,
  type StoredVoucherStatus,
  type VoucherState,
  type VoucherStepResult,
} from '../index.js';

const now = new Date('2025-06-15T10:00:00Z');
const requested = requestedVoucher({ requestedOn: '2025-01-10' });
const grant: KnowledgeVoucherTransition = {
  to: 'granted',
  grantedOn: '2025-02-01',
  hoursGranted: 16,
  amountGrantedCents: 240_000,
  expertName: 'Expert Positieve Gezondheid',
  expertOrganisationId: null,
};
const stepped = (result: VoucherStepResult): VoucherState => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.voucher;
};
const granted = stepped(transitionVoucher({ voucher: requested, step: grant, now }));
const running = stepped(
  transitionVoucher({ voucher: granted, step: { to: 'in-progress', startedOn: '2025-03-01', hoursUsed: 4 }, now }),
);
const completed = stepped(
  transitionVoucher({
    voucher: running,
    step: { to: 'completed', completedOn: '2025-05-20', hoursUsed: 15.5, amountUsedCents: 232_500 },
    now,
  }),
);
const violationsOf = (result: VoucherStepResult) =>
  !result.ok && 'violations' in result ? result.violations.map((v) => `${v.path} ${v.code}`) : result;

describe('the voucher state machine', () => {
  const allowed = [
    'requested→granted',
    'requested→rejected',
    'granted→in-progress',
    'in-progress→in-progress',
    'in-progress→completed',
    'completed→evaluated',
  ];
  const targets = voucherStatuses.filter((status): status is StoredVoucherStatus => status !== 'expired');
  it.each(voucherStatuses.flatMap((from) => targets.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canVoucherTransition({ from, to })).toBe(allowed.includes(`${from}→${to}`));
  });

  it('walks requested → granted → in progress → completed → evaluated', () => {
    expect(granted).toMatchObject({ status: 'granted', expiresOn: '2026-02-01', hoursGranted: 16 });
    expect(running).toMatchObject({ status: 'in-progress', startedOn: '2025-03-01', hoursUsed: 4 });
    expect(completed).toMatchObject({ status: 'completed', hoursUsed: 15.5, amountUsedCents: 232_500 });
    const evaluated = stepped(
      evaluateVoucher({
        voucher: completed,
        evaluation: { benefit: 'Het netwerk werkt nu met het spinnenweb.', score: 4, lessonIds: [] },
        now,
      }),
    );
    expect(evaluated.status).toBe('evaluated');
    expect(evaluated.evaluation).toMatchObject({ score: 4, evaluatedOn: '2025-06-15' });
  });

  it('rejects a request with its reason', () => {
    const rejected = stepped(
      transitionVoucher({ voucher: requested, step: { to: 'rejected', reason: 'Valt buiten de regeling' }, now }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Valt buiten de regeling' });
    expect(transitionVoucher({ voucher: rejected, step: grant, now })).toEqual({
      ok: false,
      conflict: { from: 'rejected', to: 'granted' },
    });
  });

  it('records the hours used so far on a running voucher, keeping its start date', () => {
    const later = stepped(
      transitionVoucher({ voucher: running, step: { to: 'in-progress', hoursUsed: 10, startedOn: '2025-04-01' }, now }),
    );
    expect(later).toMatchObject({ startedOn: '2025-03-01', hoursUsed: 10 });
  });

  it('evaluates only a completed voucher, once', () => {
    const evaluation = { benefit: 'Meer zicht op structurele financiering.', score: 5, lessonIds: [] };
    expect(evaluateVoucher({ voucher: running, evaluation, now })).toEqual({
      ok: false,
      conflict: { from: 'in-progress', to: 'evaluated' },
    });
    const evaluated = stepped(evaluateVoucher({ voucher: completed, evaluation, now }));
    expect(evaluateVoucher({ voucher: evaluated, evaluation, now })).toMatchObject({
      ok: false,
      conflict: { from: 'evaluated' },
    });
  });
});

describe('the voucher rules', () => {
  it.each([
    ['hours used within granted', { to: 'in-progress', hoursUsed: 16 }, []],
    ['hours used above granted', { to: 'in-progress', hoursUsed: 16.25 }, ['hoursUsed hours-above-granted']],
    [
      'completed above granted',
      { to: 'completed', completedOn: '2025-05-01', hoursUsed: 20, amountUsedCents: 0 },
      ['hoursUsed hours-above-granted'],
    ],
    [
      'money above granted',
      { to: 'completed', completedOn: '2025-05-01', hoursUsed: 2, amountUsedCents: 240_001 },
      ['amountUsedCents amount-above-granted'],
    ],
    ['hours not in quarter hours', { to: 'in-progress', hoursUsed: 1.1 }, ['hoursUsed hours-invalid']],
    ['negative hours', { to: 'in-progress', hoursUsed: -1 }, ['hoursUsed hours-invalid']],
    ['a fraction of a cent', { to: 'in-progress', amountUsedCents: 0.5 }, ['amountUsedCents amount-not-whole-cents']],
    [
      'completed before it started',
      { to: 'completed', completedOn: '2025-02-28', hoursUsed: 2, amountUsedCents: 0 },
      ['completedOn date-before-previous-step'],
    ],
  ] as [string, KnowledgeVoucherTransition, string[]][])('%s', (_, step, expected) => {
    const result = transitionVoucher({ voucher: running, step, now });
    expect(result.ok ? [] : violationsOf(result)).toEqual(expected);
  });

  it.each([
    ['granted before it was requested', { ...grant, grantedOn: '2025-01-09' }, ['grantedOn date-before-previous-step']],
    ['expiring the day it was granted', { ...grant, expiresOn: '2025-02-01' }, ['expiresOn expiry-not-after-grant']],
    ['negative money granted', { ...grant, amountGrantedCents: -5 }, ['amountGrantedCents amount-negative']],
    ['half a quarter hour', { ...grant, hoursGranted: 8.125 }, ['hoursGranted hours-invalid']],
  ] as [string, KnowledgeVoucherTransition, string[]][])('%s', (_, step, expected) => {
    expect(violationsOf(transitionVoucher({ voucher: requested, step, now }))).toEqual(expected);
  });

  it('guards free text: a request or an evaluation naming a person is refused where it is', () => {
    expect(
      voucherRequestViolations({ question: 'Hoe betrekken we inwoners bij de wijkaanpak?', expertise: 'Participatie' }),
    ).toEqual([]);
    expect(
      voucherRequestViolations({ question: 'Hoe helpen we dhr. De Vries (BSN 111222333)?', expertise: 'Schulden' }).map(
        (v) => v.path,
      ),
    ).toContain('question');
    const refused = evaluateVoucher({
      voucher: completed,
      evaluation: { benefit: 'Mevrouw Jansen, 06-12345678, was erg tevreden.', score: 3, lessonIds: [] },
      now,
    });
    expect(violationsOf(refused)).toContain('benefit identifier-found');
  });
});

describe('expiry, with a controllable clock', () => {
  const voucher = { status: 'granted', expiresOn: '2025-06-30' } as const;
  it.each([
    ['the day before expiry', '2025-06-29T12:00:00Z', 'granted'],
    ['the expiry day itself', '2025-06-30T21:59:59Z', 'granted'],
    ['just after midnight in the Netherlands', '2025-06-30T22:00:00Z', 'expired'],
    ['a month later', '2025-07-30T12:00:00Z', 'expired'],
  ])('%s → %s', (_, at, expected) => {
    expect(effectiveVoucherStatus({ voucher, now: new Date(at) })).toBe(expected);
  });

  it.each([['requested'], ['completed'], ['evaluated'], ['rejected']] as const)(
    'a %s voucher does not expire',
    (status) => {
      expect(effectiveVoucherStatus({ voucher: { status, expiresOn: '2020-01-01' }, now })).toBe(status);
    },
  );

  it('an expired voucher takes no step', () => {
    const late = new Date('2026-03-01T10:00:00Z');
    expect(transitionVoucher({ voucher: running, step: { to: 'in-progress', hoursUsed: 5 }, now: late })).toEqual({
      ok: false,
      conflict: { from: 'expired', to: 'in-progress' },
    });
  });
});

describe('who sees a voucher', () => {
  const achterhoek = 'region-achterhoek';
  const network = 'team-oude-ijsselstreek';
  const principal = (memberships: Principal['memberships']): Principal => ({
    personId: 'p',
    organisationId: 'o',
    isAdmin: false,
    memberships,
  });
  const coordinator = principal([{ contextType: 'region', contextId: achterhoek, role: 'coordinator' }]);
  const otherCoordinator = principal([
    { contextType: 'region', contextId: 'region-zuid-limburg', role: 'coordinator' },
  ]);
  const networkPartner = principal([{ contextType: 'building-team', contextId: network, role: 'partner' }]);
  const otherPartner = principal([{ contextType: 'building-team', contextId: 'team-maastricht', role: 'partner' }]);
  const admin: Principal = { ...principal([]), isAdmin: true };
  const voucher = { regionId: achterhoek, networkId: network };

  it.each([
    ['the coordinator', coordinator, 'voucher:read', true],
    ['the coordinator', coordinator, 'voucher:write', true],
    ["another region's coordinator", otherCoordinator, 'voucher:read', false],
    ["the network's partner", networkPartner, 'voucher:read', true],
    ["the network's partner", networkPartner, 'voucher:evaluate', true],
    ["the network's partner", networkPartner, 'voucher:write', false],
    ['a partner of another bouwteam', otherPartner, 'voucher:read', false],
    ['the administrator', admin, 'voucher:read', false],
  ] as const)('%s, %s → %s', (_, who, permission, expected) => {
    expect(canOnVoucher({ principal: who, permission, voucher })).toBe(expected);
  });

  it('scopes a list to the regions and networks', () => {
    expect(knowledgeVoucherScope({ principal: coordinator, permission: 'voucher:read' })).toEqual({
      all: false,
      regionIds: [achterhoek],
      networkIds: [],
    });
    expect(knowledgeVoucherScope({ principal: networkPartner, permission: 'voucher:read' })).toEqual({
      all: false,
      regionIds: [],
      networkIds: [network],
    });
  });
});
