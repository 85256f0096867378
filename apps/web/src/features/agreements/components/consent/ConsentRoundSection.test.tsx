import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../../test/render-app';
import {
  agreementId,
  versionId,
  linde,
  personWith,
  stance,
  objection,
  round,
  stubApi,
  base,
  reads,
  FakeEventSource,
} from './consent-round.fixtures';
import { ConsentRoundSection } from './ConsentRoundSection';

function renderSection() {
  return renderInApp(<ConsentRoundSection agreementId={agreementId} versionId={versionId} />);
}

describe('the consent round of a version', () => {
  beforeEach(() => {
    FakeEventSource.last = undefined;
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.useRealTimers());

  it('tells the counts, the rule and the decision in words, with every objection and its reason', async () => {
    stubApi(reads(personWith('facilitator')));
    renderSection();
    const tally = await screen.findByTestId('consent-tally');
    expect(tally.textContent).toBe('2 van 3 organisaties stemmen in, 1 maakt bezwaar, 0 staan opzij, 0 nog niet.');
    expect(tally.closest('[aria-live="polite"]')).toBeTruthy();
    // One phrase for where it stands: decided, not "the round is open" as well.
    expect(screen.getByTestId('consent-decision').textContent).toBe(
      'Besloten: 2 van 3 stemmen in, minstens 2 waren nodig. De versie kan in werking worden gesteld.',
    );
    const bar = screen.getByRole('progressbar', { name: '2 van 3 stemmen in, 2 nodig' });
    expect(bar.getAttribute('value')).toBe('2');
    // The table of every organisation is folded away under the summary.
    expect(screen.getByTestId('consent-tally').closest('details')).toBeNull();
    expect(screen.getByText('Standpunten per organisatie').closest('details')).toBeTruthy();
    expect(
      screen.getByText(
        /Gekwalificeerde meerderheid: minstens 2 van 3 organisaties stemmen in; bezwaren worden gehoord maar blokkeren niet\./,
      ),
    ).toBeTruthy();
    const objections = screen.getByRole('list', { name: '1 bezwaar' });
    expect(objections.textContent).toContain(`Jeugdhulp Oost Achterhoek: ${objection}`);
    const table = screen.getByRole('table', { name: 'Standpunt van elke partnerorganisatie in ronde 1' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Jeugdhulp Oost AchterhoekMaakt bezwaar');
    // A facilitator gives no stance, and may put the decided proposal in force.
    expect(screen.queryByRole('radio', { name: /Instemmen/ })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeTruthy();
  });

  it('replaces the round with each server-sent event, and polls when the stream fails', async () => {
    stubApi(reads(personWith('facilitator')));
    renderSection();
    await screen.findByTestId('consent-tally');
    await waitFor(() => expect(FakeEventSource.last?.url).toBe(`/api/v1${base}/consent-events`));
    const source = FakeEventSource.last!;
    act(() => source.emit('open'));
    expect(await screen.findByText('De telling werkt live bij.')).toBeTruthy();
    act(() =>
      source.emit('round', {
        ...round,
        tally: { ...round.tally, consent: 1, object: 2, decided: false, blockedBy: 'not-enough-consent' },
        items: [
          ...round.items.map((item) => (item.organisation.id === linde.id ? { ...item, current: false } : item)),
          { ...stance(4, linde, 'object', 'Eerst de zomer afwachten.'), givenAt: '2026-03-02T09:00:00Z' },
        ],
      }),
    );
    expect((await screen.findByTestId('consent-tally')).textContent).toBe(
      '1 van 3 organisaties stemt in, 2 maken bezwaar, 0 staan opzij, 0 nog niet.',
    );
    expect(screen.getByTestId('consent-decision').textContent).toBe(
      'Ronde 1 loopt. Nog niet besloten: er is nog 1 instemming nodig (minstens 2 van 3).',
    );
    expect(screen.getAllByText('Eerst de zomer afwachten.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeNull();
    // A broken stream closes, and the page keeps working by polling.
    act(() => source.emit('error'));
    expect(source.closed).toBe(true);
    expect(await screen.findByText('De telling werkt elke 5 seconden bij.')).toBeTruthy();
  });

  it("lets a partner give their organisation's stance: an objection needs a reason, refused reasons show at the field", async () => {
    const sent = stubApi({
      ...reads(personWith('partner')),
      [`POST ${base}/consents`]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Ongeldige invoer',
          status: 422,
          detail: 'De invoer klopt niet.',
          invalidParams: [{ name: 'body.reason', reason: 'Deze reden is te kort.' }],
        },
      },
    });
    renderSection();
    // The organisation's stance in one line, the form behind "wijzigen".
    const own = await screen.findByTestId('own-stance');
    expect(own.textContent).toBe('Jouw organisatie (Zorggroep De Linde): stemt in — wijzigen');
    expect(screen.queryByRole('form', { name: 'Standpunt van Zorggroep De Linde' })).toBeNull();
    fireEvent.click(within(own).getByRole('button', { name: 'wijzigen' }));
    const form = await screen.findByRole('form', { name: 'Standpunt van Zorggroep De Linde' });
    expect((within(form).getByRole('radio', { name: /Instemmen/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByRole('radio', { name: /Bezwaar maken/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Standpunt wijzigen' }));
    const reason = await within(form).findByLabelText('Reden van het bezwaar');
    expect(await within(form).findByText('Geef bij een bezwaar een reden van minstens 3 tekens.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((call) => call.method === 'POST')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Niet in de zomer.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Standpunt wijzigen' }));
    expect(await within(form).findByText('Deze reden is te kort.')).toBeTruthy();
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
      stance: 'object',
      reason: 'Niet in de zomer.',
    });
    // Partners do not put versions in force.
    expect(screen.queryByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeNull();
  });

  it('shows a refused decision (409) clearly', async () => {
    stubApi({
      ...reads(personWith('facilitator')),
      [`POST ${base}/in-force`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Het besluit is nog niet genomen: 2 van 3 organisaties stemmen in, 1 maken bezwaar.',
        },
      },
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Versie 0.4 in werking stellen' });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    expect(await within(form).findByText('Geef een herzieningsdatum.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Herzieningsdatum'), { target: { value: '2030-06-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Deze versie kan (nu) niet in werking worden gesteld.');
    expect(alert.textContent).toContain('Het besluit is nog niet genomen');
  });

  it('puts in force with the dates checked in Dutch at their fields, and shows a refused date (422) at its field', async () => {
    const sent = stubApi({
      ...reads(personWith('facilitator')),
      [`POST ${base}/in-force`]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Ongeldige invoer',
          status: 422,
          detail: 'De invoer klopt niet.',
          invalidParams: [{ name: 'body.reviewDate', reason: 'De herzieningsdatum ligt in het verleden.' }],
        },
      },
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Versie 0.4 in werking stellen' });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    expect(await within(form).findByText('Geef een herzieningsdatum.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('in-force-review-date');
    expect(sent.filter((call) => call.method === 'POST')).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('Herzieningsdatum'), { target: { value: '2020-06-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    await waitFor(() =>
      expect(document.getElementById('in-force-review-date-error')?.textContent).toBe(
        'De herzieningsdatum ligt in het verleden.',
      ),
    );
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({ as: 'beta', reviewDate: '2020-06-30' });
  });
});
