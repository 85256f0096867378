import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageLayout } from './PageLayout.js';
import { SiteNav } from '../SiteNav/SiteNav.js';

describe('PageLayout', () => {
  it('starts with a skip link that moves focus to the main landmark', () => {
    render(
      <PageLayout
        productName="Leerkring"
        skipLinkLabel="Naar de inhoud"
        nav={<SiteNav label="Hoofdmenu" items={[{ href: '/', label: 'Start', current: true }]} />}
      >
        <p>Inhoud</p>
      </PageLayout>,
    );
    const links = screen.getAllByRole('link');
    expect(links[0]?.textContent).toBe('Naar de inhoud');
    fireEvent.click(links[0]!);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
  });
});
