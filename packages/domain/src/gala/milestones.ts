import type { GalaMilestoneSeed } from './schema.js';

/**
 * The dated GALA milestones of 2023–2025 every plan starts with. A milestone given as a month is due on its last day.
 * The reference lists five: the three 2023 deadlines, the RIVM progress report and the mid-term review.
 */
export const galaMilestoneSeed = [
  {
    code: 'spuk-application-2023',
    title: { nl: 'SPUK-aanvraag ingediend', en: 'SPUK application submitted' },
    dueDate: '2023-03-31',
  },
  {
    code: 'sport-agreement-update-2023',
    title: { nl: 'Lokaal sportakkoord geactualiseerd', en: 'Local sport agreement updated' },
    dueDate: '2023-06-30',
  },
  {
    code: 'integrated-plan-2023',
    title: { nl: 'Integraal plan van aanpak vastgesteld', en: 'Integrated plan of approach adopted' },
    dueDate: '2023-09-30',
  },
  {
    code: 'rivm-progress-report-2024',
    title: { nl: 'Voortgangsrapportage RIVM', en: 'RIVM progress report' },
    dueDate: '2024-12-31',
  },
  {
    code: 'mid-term-review-2025',
    title: { nl: 'Midterm review', en: 'Mid-term review' },
    dueDate: '2025-04-30',
  },
] as const satisfies readonly GalaMilestoneSeed[];

/** The standard milestones as a new plan's milestones, titled in Dutch, not started. */
export function seedMilestones(): {
  code: string;
  title: string;
  dueDate: string;
  status: 'planned';
  startedOn: null;
  doneOn: null;
}[] {
  return galaMilestoneSeed.map(({ code, title, dueDate }) => ({
    code,
    title: title.nl,
    dueDate,
    status: 'planned',
    startedOn: null,
    doneOn: null,
  }));
}
