import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, queryRefusal } from '../../test/refusal';
import { AccessLogPage } from './components/AccessLogPage';
import { PeoplePage } from './components/PeoplePages';

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const filter = () => fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));

describe('the people search', () => {
  it('says in Dutch that a search is too long, with focus on it', async () => {
    const fetchStub = stubApi({});
    renderInApp(<PeoplePage />);
    change('people-search', 'x'.repeat(101));
    filter();
    await waitFor(() => expect(errorAt('people-search')).toBe('Gebruik hoogstens 100 tekens.'));
    expect(document.activeElement?.id).toBe('people-search');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('search='))).toBe(false);
  });

  it("shows the list's refusal at the search", async () => {
    stubApi({ '/people': queryRefusal('search', 'Zoek op een naam of e-mailadres.') });
    renderInApp(<PeoplePage />);
    await waitFor(() => expect(errorAt('people-search')).toBe('Zoek op een naam of e-mailadres.'));
  });
});

describe('the access log filters', () => {
  it('say in Dutch that a record type is too long, and do not filter', async () => {
    const fetchStub = stubApi({});
    renderInApp(<AccessLogPage />);
    change('access-log-record-type', 'x'.repeat(61));
    filter();
    await waitFor(() => expect(errorAt('access-log-record-type')).toBe('Gebruik hoogstens 60 tekens.'));
    expect(document.activeElement?.id).toBe('access-log-record-type');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('recordType='))).toBe(false);
  });

  it("show the log's refusal of a filter at that filter", async () => {
    stubApi({ '/access-log': queryRefusal('recordType', 'Onbekend soort record.') });
    renderInApp(<AccessLogPage />);
    await waitFor(() => expect(errorAt('access-log-record-type')).toBe('Onbekend soort record.'));
  });
});
