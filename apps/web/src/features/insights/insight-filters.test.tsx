import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt } from '../../test/refusal';
import { InsightsPage } from './components/InsightsPage';

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const region = {
  id: '1c7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  name: 'Achterhoek',
  municipalities: [],
  createdAt: '2026-01-01T09:00:00Z',
  updatedAt: '2026-01-01T09:00:00Z',
};
const regions = {
  status: 200,
  body: { items: [region], meta: { page: 1, pageSize: 100, totalItems: 1, totalPages: 1 } },
};

describe('the insight filters', () => {
  it('say in Dutch when the period is out of order, with focus on its start, and do not ask again', async () => {
    const fetchStub = stubApi({ '/regions': regions });
    renderInApp(<InsightsPage />);
    change('insight-from', '2026-05-01');
    change('insight-to', '2026-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    await waitFor(() => expect(errorAt('insight-from')).toBe('De begindatum ligt na de einddatum.'));
    expect(document.activeElement?.id).toBe('insight-from');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('from='))).toBe(false);
  });

  it('offer the regions the caller may see, and show a refused filter (differencing) at its field', async () => {
    stubApi({
      '/regions': regions,
      '/insights/question-shifts': {
        status: 422,
        contentType: 'application/problem+json',
        body: {
          type: 'about:blank',
          title: 'Niet getoond',
          detail: 'Deze filters verschillen te weinig van een bredere vraag.',
          status: 422,
          code: 'INSIGHT_DIFFERENCING',
          invalidParams: [
            { name: 'regionId', code: 'INSIGHT_DIFFERENCING', reason: 'Het verschil zou herkenbaar zijn.' },
          ],
        },
      },
    });
    renderInApp(<InsightsPage />);
    await screen.findByRole('option', { name: 'Achterhoek' });
    await waitFor(() => expect(errorAt('insight-region')).toBe('Het verschil zou herkenbaar zijn.'));
  });
});
