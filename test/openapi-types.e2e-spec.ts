import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_TYPES_FILE, renderApiTypes } from '../apps/cli/src/api-types.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The committed client types (libs/contracts/src/openapi.ts) are what the running API documents: a DTO or a route
 * changed without `npm run api:types` fails here, before a client meets the difference.
 */
describe('the committed OpenAPI types match the document the running API serves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`${API_TYPES_FILE} is generated from GET /api/docs-json`, async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const live = await renderApiTypes(res.body as object);
    const committed = readFileSync(path.resolve(API_TYPES_FILE), 'utf8');
    if (live !== committed) {
      const a = committed.split('\n');
      const b = live.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      throw new Error(
        `${API_TYPES_FILE} is out of date with the API's OpenAPI document: run \`npm run api:types\` and commit the file.\n` +
          `First difference at line ${line + 1}:\n  committed: ${a[line] ?? '(end of file)'}\n  served:    ${b[line] ?? '(end of file)'}`,
      );
    }
    expect(live).toBe(committed);
  });
});
