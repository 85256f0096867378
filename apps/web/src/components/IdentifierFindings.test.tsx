import { findIdentifiers } from '@leerkring/domain';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../lib/i18n';
import { IdentifierFindings } from './IdentifierFindings';

describe('IdentifierFindings', () => {
  it('marks a BSN in place and names its kind and place in words', () => {
    const text = 'Het BSN 111222333 stond in de aanmelding.';
    const findings = findIdentifiers(text);
    render(<IdentifierFindings id="f" fieldId="field" text={text} findings={findings} />);
    expect(screen.getByText('111222333').tagName).toBe('MARK');
    expect(screen.getByRole('list').textContent).toContain('Burgerservicenummer (BSN) in de eerste zin (3e woord)');
    expect(screen.getByRole('button', { name: 'Aanwijzen in de tekst' })).toBeTruthy();
  });

  it('counts sentences: a BSN after two sentences is in the third', () => {
    const text = 'Een gezin met vier kinderen. Veel hulpverleners. Het BSN 111222333 stond in de aanmelding.';
    render(<IdentifierFindings id="f" fieldId="field" text={text} findings={findIdentifiers(text)} />);
    expect(screen.getByRole('list').textContent).toContain('Burgerservicenummer (BSN) in de derde zin (3e woord)');
  });

  it('shows nothing for a clean text', () => {
    const { container } = render(
      <IdentifierFindings id="f" fieldId="field" text="Een situatie, geen persoon." findings={[]} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
