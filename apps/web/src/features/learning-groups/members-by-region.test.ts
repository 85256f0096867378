import type { LearningGroupDetail } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { membersByRegion } from './members-by-region';

const region = (n: number, name: string) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name });
const achterhoek = region(1, 'Achterhoek');
const twente = region(2, 'Twente');
const member = (name: string, regionOf: { id: string; name: string } | null, role: 'partner' | 'coordinator') => ({
  membershipId: `00000000-0000-4000-9000-${name.length.toString().padStart(12, '0')}`,
  person: { id: `00000000-0000-4000-a000-${name.length.toString().padStart(12, '0')}`, name },
  organisation: { id: '00000000-0000-4000-b000-000000000001', name: 'Zorggroep De Linde' },
  role,
  status: 'active' as const,
  region: regionOf,
});

describe('members by region', () => {
  it('lists every region of the group with who represents it, and the members who represent none apart', () => {
    const group = {
      regions: [achterhoek, twente],
      members: [member('Pim', achterhoek, 'partner'), member('Cor Wissink', null, 'coordinator')],
    } as unknown as LearningGroupDetail;
    const { regions, others } = membersByRegion(group);
    expect(regions.map((entry) => [entry.region.name, entry.members.map((item) => item.person.name)])).toEqual([
      ['Achterhoek', ['Pim']],
      ['Twente', []],
    ]);
    expect(others.map((item) => item.person.name)).toEqual(['Cor Wissink']);
  });
});
