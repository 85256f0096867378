import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { apiVersion, operations } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the OpenAPI document', () => {
  let test: TestApp;
  let document: Record<string, any>;
  beforeAll(async () => {
    test = await startTestApp();
    const response = await test.request({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(async () => {
    await test.close();
  });

  it('is OpenAPI 3 with contact, semver version and the glossary', () => {
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info.version).toBe(apiVersion);
    expect(document.info.contact).toEqual({
      name: expect.any(String),
      url: expect.any(String),
      email: expect.any(String),
    });
    expect(document.info.description).toContain('| BuildingTeam | bouwteam |');
    expect(document.servers[0].url).toBe('/api/v1');
  });

  it('documents every operation with an operationId, summary, tag, problem responses and the version header', () => {
    const documented = Object.values(document.paths as Record<string, Record<string, any>>).flatMap((byMethod) =>
      Object.values(byMethod),
    );
    expect(documented.map((operation) => operation.operationId).sort()).toEqual(Object.keys(operations).sort());
    for (const operation of documented) {
      expect(operation.summary, operation.operationId).toBeTruthy();
      expect(operation.tags, operation.operationId).toHaveLength(1);
      expect(operation.responses['400'].content['application/problem+json'], operation.operationId).toBeDefined();
      expect(operation.responses['500'], operation.operationId).toBeDefined();
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        expect(response.headers?.['API-Version'], `${operation.operationId} ${status}`).toBeDefined();
      }
    }
  });

  it('passes the NL API Design Rules linter with zero errors', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-openapi-'));
    const documentPath = path.join(directory, 'openapi.json');
    const resultPath = path.join(directory, 'lint.json');
    fs.writeFileSync(documentPath, JSON.stringify(document, null, 2));
    const spectral = path.join(apiRoot, 'node_modules', '.bin', 'spectral');
    const ruleset = path.join(apiRoot, 'conformance', 'nl-api-design-rules.spectral.yaml');
    await promisify(execFile)(spectral, [
      'lint',
      '-r',
      ruleset,
      '-f',
      'json',
      '-o',
      resultPath,
      '--fail-severity',
      'error',
      documentPath,
    ]).catch((error: { code?: number }) => {
      if (!fs.existsSync(resultPath)) throw error;
    });
    const results = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as {
      code: string;
      message: string;
      path: string[];
      severity: number;
    }[];
    const errors = results
      .filter((result) => result.severity === 0)
      .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
