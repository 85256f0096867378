import { randomUUID } from 'node:crypto';
import { addDays, addMonths, calendarDateAt, seedMilestones, type GalaMilestone } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { GalaPlanEntity } from '../gala/gala-plan.entity.js';
import {
  KnowledgeVoucherEntity,
  KnowledgeVoucherLessonEntity,
} from '../knowledge-vouchers/knowledge-voucher.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import type { RegionEntity } from '../regions/region.entity.js';

const euros = (amount: number) => amount * 100;

/** Four Achterhoek municipalities with a GALA plan: yearly budget per SPUK block (euros) and what they work on. */
const plans = [
  {
    municipality: 'Gemeente Doetinchem',
    perYear: [420_000, 510_000, 180_000],
    goals: ['health-inequalities', 'healthy-lifestyle', 'mental-resilience', 'prevention-infrastructure'],
    approaches: {
      'combined-lifestyle-intervention': 'embedded',
      'kansrijke-start': 'running',
      'fall-prevention': 'preparing',
    },
  },
  {
    municipality: 'Gemeente Oude IJsselstreek',
    perYear: [260_000, 340_000, 95_000],
    goals: ['social-basis', 'vital-ageing', 'healthy-environment'],
    approaches: { 'welzijn-op-recept': 'running', 'fall-prevention': 'running', 'childhood-overweight': 'preparing' },
  },
  {
    municipality: 'Gemeente Winterswijk',
    perYear: [210_000, 230_000, 70_000],
    goals: ['healthy-lifestyle', 'vital-ageing'],
    approaches: { 'combined-lifestyle-intervention': 'running', 'welzijn-op-recept': 'not-started' },
  },
  {
    municipality: 'Gemeente Aalten',
    perYear: [150_000, 190_000, 55_000],
    goals: ['health-inequalities', 'social-basis'],
    approaches: { 'kansrijke-start': 'preparing' },
  },
] as const;
const blocks = ['sport-exercise-culture', 'health-social-basis', 'supporting-parts'] as const;

/** A date inside the plan's period (2023–2026), so the demo stays valid data whenever it is loaded. */
const inPeriod = (date: string) => (date > '2026-12-31' ? '2026-12-31' : date < '2023-01-01' ? '2023-01-01' : date);

/** The standard milestones, the past ones done, plus one overdue and one due within 30 days of today. */
function milestones(today: string, index: number): GalaMilestone[] {
  const standard = seedMilestones().map((milestone) => {
    const past = milestone.dueDate < today;
    const doneOn = addDays({ date: milestone.dueDate, days: -7 - index });
    return {
      ...milestone,
      id: randomUUID(),
      status: past ? ('done' as const) : ('planned' as const),
      startedOn: past ? addMonths({ date: doneOn, months: -2 }) : null,
      doneOn: past ? doneOn : null,
    };
  });
  return [
    ...standard,
    {
      id: randomUUID(),
      code: null,
      title: 'Monitor valpreventie opgeleverd',
      dueDate: inPeriod(addDays({ date: today, days: -12 + index })),
      status: 'started',
      startedOn: inPeriod(addDays({ date: today, days: -60 })),
      doneOn: null,
    },
    {
      id: randomUUID(),
      code: null,
      title: 'Verantwoording SPUK bij het college',
      dueDate: inPeriod(addDays({ date: today, days: 14 + index })),
      status: 'planned',
      startedOn: null,
      doneOn: null,
    },
  ];
}

export async function seedDemoGala(
  manager: EntityManager,
  {
    region,
    network,
    organisations,
    people,
  }: {
    region: RegionEntity;
    network: BuildingTeamEntity;
    organisations: Map<string, OrganisationEntity>;
    people: Map<string, PersonEntity>;
  },
): Promise<void> {
  const today = calendarDateAt(new Date());
  const coordinator = people.get('coordinator@leerkring.test')!;
  const org = (name: string) => organisations.get(name)!.id;
  const ggd = org('GGD Noord- en Oost-Gelderland');
  const coaches = org('Leefstijlcoaches Achterhoek');
  for (const [index, plan] of plans.entries()) {
    const municipality = region.municipalities.find(({ name }) => name === plan.municipality)!;
    await manager.save(GalaPlanEntity, {
      regionId: region.id,
      municipalityId: municipality.id,
      startYear: 2023,
      endYear: 2026,
      goals: [...plan.goals],
      chainApproaches: Object.entries(plan.approaches).map(([code, status]) => ({ code, status })),
      actions: [
        {
          id: randomUUID(),
          what: 'GLI-trajecten uitbreiden met een tweede groep per kern',
          partnerOrganisationId: coaches,
          status: 'running',
          dueDate: '2025-12-31',
        },
        {
          id: randomUUID(),
          what: 'Valpreventiecursus In Balans in alle wijken aanbieden',
          partnerOrganisationId: ggd,
          status: 'planned',
          dueDate: '2026-06-30',
        },
        {
          id: randomUUID(),
          what: 'Sportakkoord actualiseren met de sportverenigingen',
          partnerOrganisationId: null,
          status: 'done',
          dueDate: '2023-06-30',
        },
      ],
      // Spent runs behind planned in the running year; earlier years are (nearly) spent.
      budget: [2023, 2024, 2025, 2026].flatMap((year) =>
        blocks.map((block, b) => {
          const planned = euros(plan.perYear[b]!);
          const share = year < 2025 ? 0.97 : year === 2025 ? 0.85 : 0.35;
          return { block, year, plannedCents: planned, spentCents: Math.round(planned * share), overspendReason: null };
        }),
      ),
      partnerIds: [ggd, coaches, org('Welzijn Oude IJssel')],
      milestones: milestones(today, index),
      progressNotes: [
        {
          id: randomUUID(),
          date: '2024-11-15',
          text: 'De GLI loopt goed: twee groepen vol, wachtlijst bij de diëtist. Huisartsen verwijzen vaker door.',
          authorId: coordinator.id,
        },
      ],
      revision: 1,
      createdById: coordinator.id,
      updatedById: coordinator.id,
    });
  }
  await seedDemoVouchers(manager, {
    region,
    network,
    today,
    coordinator,
    partner: people.get('partner@leerkring.test')!,
    org,
  });
}

/** Six vouchers of the Oude IJsselstreek network, one in each state; one expires within 30 days of today. */
async function seedDemoVouchers(
  manager: EntityManager,
  {
    region,
    network,
    today,
    coordinator,
    partner,
    org,
  }: {
    region: RegionEntity;
    network: BuildingTeamEntity;
    today: string;
    coordinator: PersonEntity;
    partner: PersonEntity;
    org: (name: string) => string;
  },
): Promise<void> {
  const day = (days: number) => addDays({ date: today, days });
  const granted = (
    grantedOn: string,
    hours: number,
    cents: number,
    usedHours: number,
    expiresOn = addMonths({ date: grantedOn, months: 12 }),
  ) => ({
    expertName: 'Anneke Hulshorst',
    expertOrganisationId: org('Kenniscentrum Sociaal Werk Oost'),
    quarterHoursGranted: hours * 4,
    quarterHoursUsed: usedHours * 4,
    amountGrantedCents: cents,
    amountUsedCents: Math.round((cents * usedHours) / hours),
    grantedOn,
    expiresOn,
  });
  const none = {
    expertName: null,
    expertOrganisationId: null,
    quarterHoursGranted: null,
    quarterHoursUsed: 0,
    amountGrantedCents: null,
    amountUsedCents: 0,
    grantedOn: null,
    expiresOn: null,
    startedOn: null,
    completedOn: null,
    rejectionReason: null,
    evaluationBenefit: null,
    evaluationScore: null,
    evaluatedOn: null,
    evaluatedById: null,
  };
  const vouchers = [
    {
      ...none,
      status: 'requested',
      requestedOn: day(-6),
      expertise: 'Monitoring met Positieve Gezondheid',
      question:
        'Hoe meten we of gesprekken over Positieve Gezondheid iets veranderen voor inwoners, zonder extra registratielast?',
    },
    {
      ...none,
      ...granted(addMonths({ date: day(20), months: -12 }), 24, 240_000, 14, day(20)),
      status: 'in-progress',
      requestedOn: addMonths({ date: day(6), months: -12 }),
      startedOn: addMonths({ date: day(40), months: -12 }),
      expertise: 'Bewoners betrekken',
      question: 'Hoe betrekken we bewoners van Ulft en Gendringen bij het vormgeven van de wijkaanpak?',
    },
    {
      ...none,
      ...granted(day(-200), 16, 160_000, 16),
      status: 'completed',
      requestedOn: day(-220),
      startedOn: day(-180),
      completedOn: day(-30),
      expertise: 'Structurele financiering',
      question: 'Hoe maken we de inzet van welzijn op recept structureel, voorbij de subsidieperiode?',
    },
    {
      ...none,
      ...granted(day(-400), 12, 120_000, 10),
      status: 'evaluated',
      requestedOn: day(-420),
      startedOn: day(-380),
      completedOn: day(-250),
      expertise: 'Casusregie',
      question: 'Hoe spreken we casusregie af als meer dan drie partijen bij een huishouden betrokken zijn?',
      evaluationBenefit: 'Een gedeelde afspraak over casusregie, die we in het bouwteam hebben vastgelegd.',
      evaluationScore: 5,
      evaluatedOn: day(-240),
      evaluatedById: partner.id,
    },
    {
      ...none,
      status: 'rejected',
      requestedOn: day(-90),
      expertise: 'Softwarekeuze',
      question: 'Welk registratiesysteem moeten we aanschaffen voor de wijkteams in de regio?',
      rejectionReason:
        'Een productkeuze valt buiten de regeling; de vraag achter de vraag kan opnieuw worden ingediend.',
    },
    {
      ...none,
      ...granted(addMonths({ date: day(-15), months: -12 }), 8, 80_000, 3, day(-15)),
      status: 'granted',
      requestedOn: addMonths({ date: day(-30), months: -12 }),
      expertise: 'Preventieakkoord evalueren',
      question: 'Hoe evalueren we het lokale preventieakkoord samen met de partners?',
    },
  ] as const;
  const lesson = await manager.findOneByOrFail(LessonEntity, { buildingTeamId: network.id, theme: 'case-direction' });
  for (const voucher of vouchers) {
    const saved = await manager.save(KnowledgeVoucherEntity, {
      ...voucher,
      regionId: region.id,
      networkId: network.id,
      createdById: coordinator.id,
    });
    if (voucher.status === 'evaluated')
      await manager.save(KnowledgeVoucherLessonEntity, { voucherId: saved.id, lessonId: lesson.id, position: 0 });
  }
}
