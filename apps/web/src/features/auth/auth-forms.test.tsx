import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/providers';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { ResetPasswordPage } from './components/ResetPasswordPage';
import { SignInPage } from './components/SignInPage';

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the sign-in form', () => {
  it('asks for the e-mail address in Dutch at the field, with focus there, and sends nothing', async () => {
    const fetchStub = stubApi({});
    renderInApp(<SignInPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await waitFor(() => expect(errorAt('sign-in-email')).toBe('Vul je e-mailadres in.'));
    expect(errorAt('sign-in-password')).toBe('Vul je wachtwoord in.');
    expect(document.activeElement?.id).toBe('sign-in-email');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('/auth/login'))).toBe(false);
  });

  it("shows the API's refusal at its field", async () => {
    stubApi({ '/auth/login': refusal('email', 'Dit e-mailadres is te lang.') });
    renderInApp(<SignInPage />);
    change('sign-in-email', 'iemand@leerkring.test');
    change('sign-in-password', 'een wachtwoord');
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await waitFor(() => expect(errorAt('sign-in-email')).toBe('Dit e-mailadres is te lang.'));
  });
});

function renderReset() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={['/wachtwoord-herstellen?token=abc']}>
        <ResetPasswordPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('the reset-password form', () => {
  it("checks the domain's password policy and the repetition before sending", async () => {
    const fetchStub = stubApi({});
    renderReset();
    change('reset-password-new', 'kort');
    change('reset-password-repeat', 'kort');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    await waitFor(() => expect(errorAt('reset-password-new')).toBe('Kies een wachtwoord van minstens 12 tekens.'));
    expect(document.activeElement?.id).toBe('reset-password-new');

    change('reset-password-new', 'een lange zin als wachtwoord');
    change('reset-password-repeat', 'een andere zin als wachtwoord');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    await waitFor(() => expect(errorAt('reset-password-repeat')).toBe('De twee wachtwoorden zijn niet gelijk.'));
    expect(fetchStub).not.toHaveBeenCalledWith(expect.stringContaining('/password-resets'), expect.anything());
  });

  it("shows the API's refusal of the password at the field", async () => {
    stubApi({ '/password-resets': refusal('password', 'Dit wachtwoord is te gangbaar.') });
    renderReset();
    change('reset-password-new', 'een lange zin als wachtwoord');
    change('reset-password-repeat', 'een lange zin als wachtwoord');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    await waitFor(() => expect(errorAt('reset-password-new')).toBe('Dit wachtwoord is te gangbaar.'));
  });
});
