import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

const summary = (id: string, number: string) => ({ id, number, status: 'beta' as const });
const diff = {
  from: summary('0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', '0.3'),
  to: summary('1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', '0.4'),
  clauses: [
    {
      clauseId: 'a',
      change: 'moved' as const,
      moved: true,
      fromIndex: 2,
      toIndex: 0,
      fromTitle: 'A',
      toTitle: 'A',
      parts: [{ kind: 'equal' as const, text: 'Alpha.' }],
      lessonIdsAdded: [],
      lessonIdsRemoved: [],
    },
    {
      clauseId: 'b',
      change: 'changed' as const,
      moved: false,
      fromIndex: 0,
      toIndex: 1,
      fromTitle: 'B',
      toTitle: 'Bee',
      parts: [
        { kind: 'equal' as const, text: 'Bij meer dan ' },
        { kind: 'delete' as const, text: 'drie' },
        { kind: 'insert' as const, text: 'twee' },
        { kind: 'equal' as const, text: ' organisaties.' },
      ],
      lessonIdsAdded: [],
      lessonIdsRemoved: [],
    },
    {
      clauseId: 'c',
      change: 'removed' as const,
      moved: false,
      fromIndex: 1,
      toIndex: null,
      fromTitle: 'C',
      toTitle: null,
      parts: [{ kind: 'delete' as const, text: 'Gamma.' }],
      lessonIdsAdded: [],
      lessonIdsRemoved: [],
    },
    {
      clauseId: 'd',
      change: 'unchanged' as const,
      moved: false,
      fromIndex: 3,
      toIndex: 2,
      fromTitle: 'D',
      toTitle: 'D',
      parts: [{ kind: 'equal' as const, text: 'Delta.' }],
      lessonIdsAdded: [],
      lessonIdsRemoved: [],
    },
  ],
};

describe('the diff of two versions', () => {
  it('says per clause what changed, in words, and marks words with <ins> and <del> that say so too', () => {
    render(<DiffView diff={diff} onlyChanges={false} />);
    const list = screen.getByRole('list', { name: 'Artikelen van versie 0.3 naar 0.4' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.lk-diff__label')?.textContent)).toEqual([
      'Verplaatst van plaats 3 naar 1',
      'Gewijzigd',
      'Verwijderd (stond op plaats 2)',
      'Ongewijzigd',
    ]);
    const changed = items[1]!;
    expect(changed.querySelector('.lk-diff__text del')?.textContent).toBe('verwijderd: drie (einde) ');
    expect(changed.querySelector('.lk-diff__text ins')?.textContent).toBe('ingevoegd: twee (einde) ');
    expect(changed.querySelector('.lk-diff__title-change')?.textContent).toBe(
      'Titel gewijzigd: verwijderd: B ingevoegd: Bee',
    );
    expect(screen.getByText('1 gewijzigd, 0 toegevoegd, 1 verwijderd, 1 verplaatst, 1 ongewijzigd.')).toBeTruthy();
  });

  it('leaves out the unchanged clauses when asked, but keeps the moved ones', () => {
    render(<DiffView diff={diff} onlyChanges />);
    const items = within(screen.getByRole('list', { name: 'Artikelen van versie 0.3 naar 0.4' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(3);
  });
});
