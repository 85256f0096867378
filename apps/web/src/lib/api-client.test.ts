import { getBuildingTeam, getOverview, listBuildingTeams, updateAgreementVersion } from '@leerkring/domain';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, callApi } from './api-client';
import { changeLanguage } from './i18n';

function answer(status: number, body: unknown, contentType = 'application/json') {
  return vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': contentType },
      }),
  );
}

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const teamId = '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';

describe('callApi', () => {
  it('calls the operation path below /api/v1 and answers the parsed body', async () => {
    const fetch = answer(200, { organisations: 12, regions: 3, buildingTeams: 4, learningGroups: 2 });
    const overview = await callApi(getOverview, {}, { fetch });
    expect(overview).toEqual({ organisations: 12, regions: 3, buildingTeams: 4, learningGroups: 2 });
    expect(fetch).toHaveBeenCalledWith('/api/v1/overview', expect.objectContaining({ method: 'GET' }));
  });

  it('fills path parameters and writes the query string', async () => {
    const fetch = answer(200, { items: [], meta: { page: 2, pageSize: 5, totalItems: 0, totalPages: 0 } });
    await callApi(listBuildingTeams, { query: { page: 2, pageSize: 5, theme: 'youth' } }, { fetch });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/building-teams?page=2&pageSize=5&theme=youth');
    const notFound = answer(
      404,
      { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Geen bouwteam.' },
      'application/problem+json',
    );
    await caught(callApi(getBuildingTeam, { params: { buildingTeamId: teamId } }, { fetch: notFound }));
    expect(notFound.mock.calls[0]?.[0]).toBe(`/api/v1/building-teams/${teamId}`);
  });

  it('throws the problem the API answered, with its title, detail, status and invalid fields', async () => {
    const problem = {
      type: 'https://leerkring.nl/problems/invalid-input',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'De vraag bevat ongeldige waarden.',
      invalidParams: [{ name: 'query.pageSize', reason: 'Hoogstens 100.' }],
    };
    const error = await caught(callApi(getOverview, {}, { fetch: answer(400, problem, 'application/problem+json') }));
    expect(error.kind).toBe('problem');
    expect(error.status).toBe(400);
    expect(error.problem).toEqual(problem);
    expect(error.message).toBe('Ongeldige invoer');
  });

  it('throws a translated generic problem when an error answer is not a problem', async () => {
    const error = await caught(
      callApi(getOverview, {}, { fetch: answer(502, '<html>Bad gateway</html>', 'text/html') }),
    );
    expect(error.kind).toBe('unexpected-response');
    expect(error.problem).toMatchObject({ status: 502, title: 'Er ging iets mis' });
    expect(error.problem.detail).toContain('502');
  });

  it('throws a translated network problem when the API cannot be reached, in the language in use', async () => {
    await changeLanguage('en');
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await caught(callApi(getOverview, {}, { fetch }));
    expect(error.kind).toBe('network');
    expect(error.problem.title).toBe('No connection to Leerkring');
  });

  it('refuses a success body that does not match the operation schema', async () => {
    const error = await caught(callApi(getOverview, {}, { fetch: answer(200, { organisations: 'veel' }) }));
    expect(error.kind).toBe('unexpected-response');
    expect(error.problem.title).toBe('Onverwacht antwoord');
  });

  it('sends extra headers such as If-Match, and keeps the whole problem body (a stale update answers the current state)', async () => {
    const stale = {
      type: 'about:blank',
      title: 'Voorwaarde niet vervuld',
      status: 412,
      detail: 'Deze versie is intussen gewijzigd.',
      code: 'AGREEMENT_STALE_REVISION',
      current: { id: teamId, revision: 3 },
    };
    const fetch = answer(412, stale, 'application/problem+json');
    const error = await caught(
      callApi(
        updateAgreementVersion,
        { params: { agreementId: teamId, versionId: teamId }, body: { changelog: 'Nieuw.' } },
        { fetch, headers: { 'If-Match': '"2"' }, csrfToken: 'csrf' },
      ),
    );
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.headers).toMatchObject({
      'If-Match': '"2"',
      'X-CSRF-Token': 'csrf',
      'Content-Type': 'application/json',
    });
    expect(error.status).toBe(412);
    expect(error.problem).not.toHaveProperty('current');
    expect(error.body).toEqual(stale);
  });

  it('lets a cancelled call stay a cancellation', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = vi.fn(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(callApi(getOverview, {}, { fetch, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
