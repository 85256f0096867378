import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { AddMembership } from './components/AddMembership';
import { NewOrganisationPage } from './components/OrganisationPages';
import { NewRegionPage } from './components/RegionPages';

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

describe('the organisation form', () => {
  it('says in Dutch at the fields what is missing or malformed, with focus on the first', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NewOrganisationPage />);
    change('organisation-kvk', '123');
    save();
    await waitFor(() => expect(errorAt('organisation-name')).toBe('Gebruik minstens 2 tekens.'));
    expect(errorAt('organisation-type')).toBe('Kies een van de mogelijkheden.');
    expect(errorAt('organisation-kvk')).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(errorAt('organisation-oin')).toBeUndefined();
    expect(document.activeElement?.id).toBe('organisation-name');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at its field", async () => {
    stubApi({ '/organisations': refusal('kvkNumber', 'Dit KvK-nummer is al in gebruik.') });
    renderInApp(<NewOrganisationPage />);
    change('organisation-name', 'Jeugdteam Oost');
    change('organisation-type', 'gemeente');
    change('organisation-kvk', '12345678');
    save();
    await waitFor(() => expect(errorAt('organisation-kvk')).toBe('Dit KvK-nummer is al in gebruik.'));
  });
});

describe('the region form', () => {
  it('asks for a name in Dutch, and shows a refusal of the municipalities at the group', async () => {
    stubApi({ '/regions': refusal('municipalityIds.0', 'Dit is geen gemeente.') });
    renderInApp(<NewRegionPage />);
    save();
    await waitFor(() => expect(errorAt('region-name')).toBe('Gebruik minstens 2 tekens.'));
    change('region-name', 'Regio Oost');
    save();
    await waitFor(() => expect(errorAt('region-municipalities')).toBe('Dit is geen gemeente.'));
  });
});

describe('giving someone a role', () => {
  it('asks in Dutch for a person, a context and a role', async () => {
    stubApi({});
    renderInApp(<AddMembership />);
    fireEvent.click(screen.getByRole('button', { name: 'Rol toekennen' }));
    await waitFor(() => expect(errorAt('membership-role')).toBe('Kies een van de mogelijkheden.'));
    expect(errorAt('membership-context')).toBe('Kies een van de mogelijkheden.');
    expect(errorAt('membership-person')).toBe('Kies een van de mogelijkheden.');
  });
});
