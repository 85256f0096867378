import {
  getOrganisation,
  getPerson,
  getRegion,
  listAccessLog,
  listBuildingTeams,
  listLearningGroups,
  listMemberships,
  listOrganisations,
  listPeople,
  listRegions,
  type AccessLogQuery,
  type ContextType,
  type MembershipListQuery,
  type OrganisationType,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

type Paged = { page: number; pageSize: number };

export function organisationsQueryOptions(
  query: Paged & { type?: OrganisationType | undefined; search?: string | undefined },
) {
  return queryOptions({
    queryKey: ['organisations', 'list', query],
    queryFn: ({ signal }) => callApi(listOrganisations, { query }, { signal }),
  });
}

export function organisationQueryOptions(organisationId: string) {
  return queryOptions({
    queryKey: ['organisations', 'one', organisationId],
    queryFn: ({ signal }) => callApi(getOrganisation, { params: { organisationId } }, { signal }),
  });
}

export function regionsQueryOptions(query: Paged) {
  return queryOptions({
    queryKey: ['regions', 'list', query],
    queryFn: ({ signal }) => callApi(listRegions, { query }, { signal }),
  });
}

export function regionQueryOptions(regionId: string) {
  return queryOptions({
    queryKey: ['regions', 'one', regionId],
    queryFn: ({ signal }) => callApi(getRegion, { params: { regionId } }, { signal }),
  });
}

export function peopleQueryOptions(query: Paged & { search?: string | undefined }) {
  return queryOptions({
    queryKey: ['people', 'list', query],
    queryFn: ({ signal }) => callApi(listPeople, { query }, { signal }),
  });
}

export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['people', 'one', personId],
    queryFn: ({ signal }) => callApi(getPerson, { params: { personId } }, { signal }),
  });
}

export function membershipsQueryOptions(query: Partial<MembershipListQuery> & Paged) {
  return queryOptions({
    queryKey: ['memberships', 'list', query],
    queryFn: ({ signal }) => callApi(listMemberships, { query }, { signal }),
  });
}

/** The bouwteams, learning groups or regions a role can be held in (the first 100, by their list operation). */
export function contextsQueryOptions(contextType: ContextType) {
  return queryOptions({
    queryKey: ['contexts', contextType],
    queryFn: async ({ signal }) => {
      const query = { page: 1, pageSize: 100 };
      const page =
        contextType === 'building-team'
          ? await callApi(listBuildingTeams, { query }, { signal })
          : contextType === 'learning-group'
            ? await callApi(listLearningGroups, { query }, { signal })
            : await callApi(listRegions, { query }, { signal });
      return page.items.map((item) => ({ id: item.id, name: item.name }));
    },
  });
}

export function accessLogQueryOptions(query: Partial<AccessLogQuery> & Paged) {
  return queryOptions({
    queryKey: ['access-log', 'list', query],
    queryFn: ({ signal }) => callApi(listAccessLog, { query }, { signal }),
  });
}
