import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import ts from 'typescript';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { AppModule } from '../../api/src/app.module.js';
import { buildOpenApiDocument } from '../../api/src/swagger.js';

/** The committed client types, generated from the API's OpenAPI document (`npm run api:types`). */
export const API_TYPES_FILE = 'libs/contracts/src/openapi.ts';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\`: do not edit by hand.
 * test/openapi-types.e2e-spec.ts fails when this file differs from what the running API serves.
 */
`;

/**
 * The TypeScript types of an OpenAPI document: \`paths\`, \`components\`, \`operations\` (openapi-typescript).
 * Binary bodies (uploads, downloads) are Blobs, which is what fetch sends and returns. Only `required` makes a
 * property required.
 */
export async function renderApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, {
    silent: true,
    // A default is what the server assumes when a field is absent: the field stays optional (openapi-typescript 7
    // would make it required, so a client could not leave out CreateUserDto.language).
    defaultNonNullable: false,
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return HEADER + astToString(ast);
}

/**
 * The document the API serves, built without a database: Nest's preview mode resolves the modules and controllers
 * (all the document needs) but instantiates no provider, so nothing connects.
 */
export async function offlineApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: 'postgres://preview@127.0.0.1:1/preview' }), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    app.setGlobalPrefix('api'); // as createApp does
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** `npm run api:types`: writes API_TYPES_FILE from the current controllers and DTOs. */
export async function writeApiTypes(root = process.cwd()): Promise<string> {
  const file = path.join(root, API_TYPES_FILE);
  await writeFile(file, await renderApiTypes(await offlineApiDocument()));
  return file;
}
