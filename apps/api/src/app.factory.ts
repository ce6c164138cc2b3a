import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module.js';
import { corsOrigins, loadHttpEnv } from './http.config.js';
import { webApp } from './web-app.js';
import { requestIdMiddleware } from './request-id.middleware.js';
import { noStoreMiddleware } from './no-store.middleware.js';
import { rejectPrototypeKeys } from './json-reviver.js';
import { setupSwagger } from './swagger.js';
import { httpMetricsMiddleware } from './metrics.js';

/**
 * Builds the HTTP application exactly as it runs in production; the e2e tests call this too, so they exercise the
 * real pipe, filter, guards, body limits and headers.
 */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const http = loadHttpEnv();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', http.TRUST_PROXY);
  app.disable('x-powered-by');
  // ETags are the resources' own (report versions, for If-Match); Express's automatic body-hash ETags would also tag
  // error answers (a 412 carrying an ETag misleads a client retrying a save) and cost a hash per response.
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware);
  app.use(noStoreMiddleware);
  app.use(helmet());
  // The web app at / (or a small page linking to the docs); never anything under /api. It sets its own CSP and caching.
  app.use(webApp(http.WEB_DIST_DIR));
  // Credentials, so a web app on a configured origin can use the session cookie (the Origin check admits it too).
  const origins = corsOrigins(http);
  if (origins.length) app.enableCors({ origin: origins, credentials: true, exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'] });
  app.useBodyParser('json', { limit: http.BODY_LIMIT, strict: true, reviver: rejectPrototypeKeys });
  app.useBodyParser('urlencoded', { limit: http.BODY_LIMIT, extended: false });
  // Reports are imported as plain text (or multipart files, handled by multer in the imports controller).
  app.useBodyParser('text', { limit: '5mb', type: ['text/plain', 'text/markdown'] });
  app.setGlobalPrefix('api');
  setupSwagger(app);
  await app.init();
  return app;
}
