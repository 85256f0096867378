import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemAlert } from './ProblemAlert.js';

describe('ProblemAlert', () => {
  it('shows the title as a heading, the detail and each refused field with its reason', () => {
    render(
      <ProblemAlert
        title="Ongeldige invoer"
        detail="De organisatie is niet opgeslagen."
        fieldsLabel="Controleer deze velden:"
        fields={[{ name: 'body.kvkNumber', reason: 'Een KvK-nummer bestaat uit 8 cijfers.' }]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 2, name: 'Ongeldige invoer' })).toBeTruthy();
    expect(alert.textContent).toContain('De organisatie is niet opgeslagen.');
    expect(alert.textContent).toContain('Controleer deze velden:');
    expect(screen.getByRole('listitem').textContent).toBe('body.kvkNumber: Een KvK-nummer bestaat uit 8 cijfers.');
  });

  it('shows no field list when no field was refused', () => {
    render(<ProblemAlert title="Dienst niet beschikbaar" detail="Probeer het later opnieuw." />);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
