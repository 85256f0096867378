import { listLessons, listOrganisations, listPeople } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** Organisations whose name contains the search, as choices. */
export function organisationOptions(search: string | undefined) {
  return queryOptions({
    queryKey: ['organisations', 'options', { search }],
    queryFn: async ({ signal }) =>
      (await callApi(listOrganisations, { query: { page: 1, pageSize: 50, search } }, { signal })).items.map(
        ({ id, name }) => ({ id, name }),
      ),
  });
}

/** People whose name or e-mail address contains the search, as choices. */
export function personOptions(search: string | undefined) {
  return queryOptions({
    queryKey: ['people', 'options', { search }],
    queryFn: async ({ signal }) =>
      (await callApi(listPeople, { query: { page: 1, pageSize: 50, search } }, { signal })).items.map(
        ({ id, name, email }) => ({
          id,
          name: `${name} (${email})`,
        }),
      ),
  });
}

/** Municipalities (organisations of type gemeente) whose name contains the search, as choices. */
export function municipalityOptions(search: string | undefined) {
  return queryOptions({
    queryKey: ['organisations', 'municipality-options', { search }],
    queryFn: async ({ signal }) =>
      (
        await callApi(listOrganisations, { query: { page: 1, pageSize: 50, search, type: 'gemeente' } }, { signal })
      ).items.map(({ id, name }) => ({ id, name })),
  });
}

/**
 * The lessons of a bouwteam whose text contains the search, as choices (the list has no search of its own; a bouwteam's
 * lessons are few, so its first hundred are searched here).
 */
export function lessonOptions(buildingTeamId: string) {
  return (search: string | undefined) =>
    queryOptions({
      queryKey: ['lessons', 'options', { buildingTeamId, search }],
      queryFn: async ({ signal }) => {
        const page = await callApi(listLessons, { query: { buildingTeamId, page: 1, pageSize: 100 } }, { signal });
        const wanted = search?.toLocaleLowerCase('nl');
        return page.items
          .filter((lesson) => !wanted || lesson.text.toLocaleLowerCase('nl').includes(wanted))
          .map(({ id, text }) => ({ id, name: text.length > 80 ? `${text.slice(0, 79)}…` : text }));
      },
    });
}
