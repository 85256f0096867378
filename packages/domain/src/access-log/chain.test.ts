import { describe, expect, it } from 'vitest';
import { accessLogChainInput, accessLogGenesisHash, clampText, type ChainedAccessLogEntry } from './chain.js';

const entry: ChainedAccessLogEntry = {
  seq: 1,
  id: '0b5f3c9e-2f43-4c47-9a0e-2b1d7c6f0a11',
  occurredAt: '2026-12-01T20:00:00.000Z',
  event: 'read',
  recordType: 'person',
  recordId: 'a',
  recordOwnerId: null,
  personId: null,
  personName: 'Bea "B" Bakkenes',
  role: 'admin',
  organisationId: null,
  organisationName: null,
  onBehalfOf: null,
  purpose: 'Controle',
  result: 'success',
  requestId: 'r1',
};

describe('accessLogChainInput', () => {
  it('is a JSON array of the previous hash and every field in a fixed order', () => {
    expect(JSON.parse(accessLogChainInput({ entry, previousHash: accessLogGenesisHash }))).toEqual([
      accessLogGenesisHash,
      1,
      entry.id,
      '2026-12-01T20:00:00.000Z',
      'read',
      'person',
      'a',
      null,
      null,
      'Bea "B" Bakkenes',
      'admin',
      null,
      null,
      null,
      'Controle',
      'success',
      'r1',
    ]);
  });

  it('is the same for the same moment however it is written, and differs when any field or the previous hash does', () => {
    const base = accessLogChainInput({ entry, previousHash: accessLogGenesisHash });
    expect(
      accessLogChainInput({
        entry: { ...entry, occurredAt: '2026-12-01T21:00:00+01:00' },
        previousHash: accessLogGenesisHash,
      }),
    ).toBe(base);
    expect(
      accessLogChainInput({ entry: { ...entry, purpose: 'Controle ' }, previousHash: accessLogGenesisHash }),
    ).not.toBe(base);
    expect(accessLogChainInput({ entry: { ...entry, seq: 2 }, previousHash: accessLogGenesisHash })).not.toBe(base);
    expect(accessLogChainInput({ entry: { ...entry, recordId: null }, previousHash: accessLogGenesisHash })).not.toBe(
      base,
    );
    expect(accessLogChainInput({ entry, previousHash: 'f'.repeat(64) })).not.toBe(base);
  });

  it('cannot be fooled by moving text between fields', () => {
    const a = accessLogChainInput({
      entry: { ...entry, personName: 'a,b', purpose: 'c' },
      previousHash: accessLogGenesisHash,
    });
    const b = accessLogChainInput({
      entry: { ...entry, personName: 'a', purpose: 'b,c' },
      previousHash: accessLogGenesisHash,
    });
    expect(a).not.toBe(b);
  });
});

describe('clampText', () => {
  it.each([
    [null, 5, null],
    ['kort', 5, 'kort'],
    ['vijf!', 5, 'vijf!'],
    ['zes!!!', 5, 'zes!…'],
    ['🙂🙂🙂🙂🙂🙂', 3, '🙂🙂…'],
  ])('%j at most %d characters is %j', (value, max, expected) => {
    expect(clampText({ value, max })).toBe(expected);
  });
});
