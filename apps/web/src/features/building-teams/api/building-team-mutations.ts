import { createBuildingTeam, updateBuildingTeam, type BuildingTeam, type TransformationTheme } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';

/** Create a bouwteam (in a municipality, which stays), or change one. */
export function useSaveBuildingTeam(team: BuildingTeam | undefined, { onSuccess }: AfterChange<BuildingTeam> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      municipalityId,
      ...common
    }: {
      name: string;
      theme: TransformationTheme;
      description: string;
      startDate: string;
      partnerIds: string[];
      municipalityId: string;
    }) => {
      if (team) return callApi(updateBuildingTeam, { params: { buildingTeamId: team.id }, body: common });
      return callApi(createBuildingTeam, { body: { ...common, municipalityId } });
    },
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['building-teams'], refetchType: 'all' });
      await onSuccess?.(saved);
    },
  });
}
