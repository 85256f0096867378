import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from './LanguageSwitch.js';

const options = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'en', label: 'English' },
] as const;

describe('LanguageSwitch', () => {
  it('is a named group of buttons, the current language pressed and each labelled in its own language', () => {
    render(<LanguageSwitch label="Taal" options={options} current="nl" onChange={() => {}} />);
    expect(screen.getByRole('group', { name: 'Taal' })).toBeTruthy();
    const dutch = screen.getByRole('button', { name: 'Nederlands' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(dutch.getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('aria-pressed')).toBe('false');
    expect(english.getAttribute('lang')).toBe('en');
  });

  it('asks for the other language when its button is pressed, and not for the current one', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch label="Taal" options={options} current="nl" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onChange.mock.calls).toEqual([['en']]);
  });
});
