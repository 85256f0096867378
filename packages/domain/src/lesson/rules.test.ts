import { describe, expect, it } from 'vitest';
import { lessonAsksForAgreementChange } from './rules.js';

describe('a lesson asking for an agreement change', () => {
  it('is one whose follow-up is "change an agreement"', () => {
    expect(lessonAsksForAgreementChange({ followUp: 'change-agreement' })).toBe(true);
    for (const followUp of ['change-guideline', 'escalate-obstacle', 'none'] as const)
      expect(lessonAsksForAgreementChange({ followUp })).toBe(false);
  });
});
