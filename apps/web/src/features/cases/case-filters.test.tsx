import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, queryRefusal } from '../../test/refusal';
import { CasesPage } from './components/CasesPage';

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the case filters', () => {
  it('say in Dutch that a search needs a word, with focus on the search, and do not filter', async () => {
    const fetchStub = stubApi({});
    renderInApp(<CasesPage />);
    change('case-search', '!!!');
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(errorAt('case-search')).toBe('Geef minstens één woord om op te zoeken.'));
    expect(document.activeElement?.id).toBe('case-search');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('search='))).toBe(false);
  });

  it("show the list's refusal of a filter at that filter", async () => {
    stubApi({ '/cases': queryRefusal('lifeDomain', 'Dit leefdomein bestaat niet.') });
    renderInApp(<CasesPage />);
    await waitFor(() => expect(errorAt('case-life-domain-filter')).toBe('Dit leefdomein bestaat niet.'));
  });
});
