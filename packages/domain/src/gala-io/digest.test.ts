import { describe, expect, it } from 'vitest';
import { galaDigestMail, type GalaAlert } from '../index.js';

const region = { id: 'r', name: 'Achterhoek' };
const alert = (kind: GalaAlert['kind'], title: string, daysLeft: number, date: string): GalaAlert => ({
  kind,
  region,
  municipality: kind.startsWith('milestone') ? { id: 'a', name: 'Gemeente Aalten' } : null,
  title,
  date,
  daysLeft,
  planId: null,
  voucherId: null,
  agreementId: null,
});

describe('the daily GALA e-mail', () => {
  const mail = galaDigestMail({
    name: 'Carla <Coördinator>',
    asOf: '2025-04-01',
    appUrl: 'https://leerkring.example.nl/',
    alerts: [
      alert('milestone-overdue', 'Plan <klaar>', -2, '2025-03-30'),
      alert('milestone-due', 'Midterm review', 1, '2025-04-02'),
      alert('voucher-expiring', 'Bewonersparticipatie (Oude IJsselstreek)', 12, '2025-04-13'),
      alert('review-due', 'Afspraak', 3, '2025-04-04'),
    ],
  })!;

  it('lists milestones overdue and due and vouchers expiring, in Dutch, not the reviews', () => {
    expect(mail.subject).toBe('GALA-signalen: 3 punten, waarvan 1 te laat');
    expect(mail.text).toContain('Beste Carla <Coördinator>,');
    expect(mail.text).toContain('Regio Achterhoek');
    expect(mail.text).toContain('- Mijlpaal te laat: Plan <klaar> (Gemeente Aalten) — 30 maart 2025, 2 dagen te laat');
    expect(mail.text).toContain('- Mijlpaal binnenkort: Midterm review (Gemeente Aalten) — 2 april 2025, over 1 dag');
    expect(mail.text).toContain(
      'Kennisvoucher verloopt: Bewonersparticipatie (Oude IJsselstreek) — 13 april 2025, over 12 dagen',
    );
    expect(mail.text).not.toContain('Afspraak');
  });

  it('escapes the HTML part', () => {
    expect(mail.html).toContain('<p>Beste Carla &lt;Coördinator&gt;,</p>');
    expect(mail.html).toContain('<li>Mijlpaal te laat: Plan &lt;klaar&gt;');
    expect(mail.html).toContain('<a href="https://leerkring.example.nl/">');
  });

  it('is null without anything to report', () => {
    expect(
      galaDigestMail({
        name: 'X',
        asOf: '2025-04-01',
        appUrl: 'x',
        alerts: [alert('review-due', 'A', 3, '2025-04-04')],
      }),
    ).toBeNull();
  });
});
