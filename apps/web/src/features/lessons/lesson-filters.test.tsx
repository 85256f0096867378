import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, queryRefusal } from '../../test/refusal';
import { LessonsPage } from './components/LessonsPage';

describe('the lesson filters', () => {
  it("show the list's refusal of a filter at that filter", async () => {
    stubApi({ '/lessons': queryRefusal('theme', 'Dit thema bestaat niet meer.') });
    renderInApp(<LessonsPage />);
    await waitFor(() => expect(errorAt('lesson-theme-filter')).toBe('Dit thema bestaat niet meer.'));
    expect(screen.getByRole('search')).toBeTruthy();
  });
});
