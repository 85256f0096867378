import type { GalaAlert } from '../gala/dashboard-schema.js';
import { galaAlertKindWords } from './sheets.js';

/** The alerts the daily e-mail carries: milestones overdue and due soon, vouchers expiring soon. */
const digestKinds: readonly GalaAlert['kind'][] = ['milestone-overdue', 'milestone-due', 'voucher-expiring'];

export interface GalaDigestMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dutchDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
function when(daysLeft: number): string {
  if (daysLeft < 0) return `${-daysLeft} ${daysLeft === -1 ? 'dag' : 'dagen'} te laat`;
  if (daysLeft === 0) return 'vandaag';
  return `over ${daysLeft} ${daysLeft === 1 ? 'dag' : 'dagen'}`;
}

/**
 * The daily GALA e-mail of one coordinator, in Dutch, as plain text and HTML: per region the milestones overdue and
 * due within 30 days and the vouchers expiring within 30 days, most urgent first. Null when there is nothing to say,
 * so no empty mail goes out.
 */
export function galaDigestMail({
  name,
  alerts,
  asOf,
  appUrl,
}: {
  name: string;
  alerts: readonly GalaAlert[];
  asOf: string;
  /** The web app's address, for the link to the dashboard. */
  appUrl: string;
}): GalaDigestMail | null {
  const items = alerts.filter((alert) => digestKinds.includes(alert.kind));
  if (items.length === 0) return null;
  const overdue = items.filter((alert) => alert.daysLeft < 0).length;
  const regions = [...new Map(items.map((alert) => [alert.region.id, alert.region])).values()];
  const line = (alert: GalaAlert) =>
    `${galaAlertKindWords[alert.kind]}: ${alert.title}${alert.municipality ? ` (${alert.municipality.name})` : ''} — ${dutchDate(alert.date)}, ${when(alert.daysLeft)}`;
  const text = [
    `Beste ${name},`,
    '',
    `Dit zijn de GALA-signalen van ${dutchDate(asOf)}.`,
    ...regions.flatMap((region) => [
      '',
      `Regio ${region.name}`,
      ...items.filter((alert) => alert.region.id === region.id).map((alert) => `- ${line(alert)}`),
    ]),
    '',
    `Bekijk het dashboard: ${appUrl}`,
    '',
    'Je krijgt deze e-mail omdat je je hebt aangemeld voor de dagelijkse GALA-signalen. Afmelden kan op je profielpagina in Leerkring.',
  ].join('\n');
  const html = [
    `<p>Beste ${escapeHtml(name)},</p>`,
    `<p>Dit zijn de GALA-signalen van ${escapeHtml(dutchDate(asOf))}.</p>`,
    ...regions.flatMap((region) => [
      `<h2>Regio ${escapeHtml(region.name)}</h2>`,
      '<ul>',
      ...items.filter((alert) => alert.region.id === region.id).map((alert) => `<li>${escapeHtml(line(alert))}</li>`),
      '</ul>',
    ]),
    `<p><a href="${escapeHtml(appUrl)}">Bekijk het dashboard</a></p>`,
    '<p>Je krijgt deze e-mail omdat je je hebt aangemeld voor de dagelijkse GALA-signalen. Afmelden kan op je profielpagina in Leerkring.</p>',
  ].join('\n');
  const subject = `GALA-signalen: ${items.length} ${items.length === 1 ? 'punt' : 'punten'}${overdue > 0 ? `, waarvan ${overdue} te laat` : ''}`;
  return { subject, text, html };
}
