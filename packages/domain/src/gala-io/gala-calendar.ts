import type { Reference } from '../common/schema.js';
import { milestoneStatusWords } from '../gala/spreadsheet.js';
import type { GalaPlan } from '../gala/schema.js';
import { calendarIcs, type CalendarEvent } from './calendar.js';

/** The domain of the UIDs: a UID names the record, so it stays the same in every download. */
const uidDomain = 'gala.leerkring';

/**
 * A region's calendar: an all-day event on the due date of every milestone (its status and municipality in the
 * description) and on the expiry date of every knowledge voucher that has one.
 */
export function galaCalendar({
  region,
  plans,
  vouchers,
  now,
}: {
  region: Reference;
  plans: readonly Pick<GalaPlan, 'municipality' | 'milestones'>[];
  vouchers: readonly { id: string; expertise: string; network: Reference; expiresOn: string | null }[];
  now: Date;
}): string {
  const events: CalendarEvent[] = [];
  for (const plan of plans) {
    const where = plan.municipality?.name ?? `${region.name} (regio als geheel)`;
    for (const milestone of plan.milestones)
      events.push({
        uid: `milestone-${milestone.id}@${uidDomain}`,
        date: milestone.dueDate,
        summary: `Mijlpaal: ${milestone.title} — ${where}`,
        description: `GALA-plan ${where}, status: ${milestoneStatusWords[milestone.status]}.`,
      });
  }
  for (const voucher of vouchers) {
    if (voucher.expiresOn === null) continue;
    events.push({
      uid: `voucher-${voucher.id}-expiry@${uidDomain}`,
      date: voucher.expiresOn,
      summary: `Kennisvoucher verloopt: ${voucher.expertise} — ${voucher.network.name}`,
      description: `Kennisvoucher van ${voucher.network.name} in ${region.name}.`,
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return calendarIcs({ name: `GALA ${region.name}`, events, now });
}
