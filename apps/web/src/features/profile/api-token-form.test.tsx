import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { NewApiTokenForm } from './components/NewApiTokenForm';

describe('the new API token form', () => {
  it('asks for a name of at least 2 characters in Dutch, with focus there', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NewApiTokenForm onCreated={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Token aanmaken' }));
    await waitFor(() => expect(errorAt('token-name')).toBe('Gebruik minstens 2 tekens.'));
    expect(document.activeElement?.id).toBe('token-name');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("sends the days as a number and shows the API's refusal at its field", async () => {
    const fetchStub = stubApi({ '/me/api-tokens': refusal('expiresInDays', 'Hoogstens 365 dagen.') });
    renderInApp(<NewApiTokenForm onCreated={vi.fn()} />);
    fireEvent.change(document.getElementById('token-name')!, { target: { value: 'Rapportage' } });
    fireEvent.change(document.getElementById('token-expiry')!, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Token aanmaken' }));
    await waitFor(() => expect(errorAt('token-expiry')).toBe('Hoogstens 365 dagen.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ name: 'Rapportage', scope: 'read', expiresInDays: 30 });
  });
});
