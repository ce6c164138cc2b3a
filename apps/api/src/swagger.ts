import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { REFRESH_COOKIE, REFRESH_COOKIE_SCHEME } from './browser-session.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('WG.4 Follow-up API')
    .setDescription(
      'The consolidated record of the recommendations of the Working Group on Trafficking in Persons, and per-State ' +
        'implementation reporting on them. Errors are RFC 9457 application/problem+json.',
    )
    .setVersion('0.1.0')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Access token from POST /api/auth/login. JWTs follow RFC8725 (JSON Web Token Best Current Practices): one ' +
          'algorithm (HS256) accepted, "none" refused, issuer, audience and expiry checked, 15-minute lifetime, revoked ' +
          'on password change, role change and deactivation.',
      },
      'bearer',
    )
    .addCookieAuth(
      REFRESH_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: REFRESH_COOKIE,
        description:
          'Browser sessions: the refresh token as an httpOnly, SameSite=Strict cookie on /api/auth, set by login, login/mfa and refresh, accepted by refresh and logout. Only from this origin or a CORS_ORIGIN (Origin check, else 403).',
      },
      REFRESH_COOKIE_SCHEME,
    )
    .addServer('/', 'This server (production or local: the API documents the instance serving it)')
    .build();
  const document = withIntegerFormats(SwaggerModule.createDocument(app, config));
  // OWASP API9 inventory: one server, meant for its users (not an internal-only API).
  for (const server of document.servers ?? []) Object.assign(server, { 'x-internal': false });
  return document;
}

/** Every integer in this API fits in 32 bits (counts, pages, limits, versions): say so where a schema does not. */
function withIntegerFormats(document: OpenAPIObject): OpenAPIObject {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    if (schema.type === 'integer' && schema.format === undefined) schema.format = 'int32';
    Object.values(schema).forEach(visit);
  };
  visit(document);
  return document;
}

/** Swagger UI at /api/docs, the OpenAPI 3 document at /api/docs-json. */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
