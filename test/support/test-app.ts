import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { cloneTestDatabase, dropTestDatabase } from '#database';
import { createApp } from '../../apps/api/src/app.factory.js';

export type Http = ReturnType<typeof request>;

export const ADMIN = { email: 'admin@wg4.test', password: 'Bootstrap-Secret-For-Tests-7' };

export interface TestApp {
  app: NestExpressApplication;
  http: Http;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real application on a database of its own, cloned from the migrated template. */
export async function startTestApp(): Promise<TestApp> {
  const serverUrl = process.env.WG4_TEST_SERVER_URL;
  const template = process.env.WG4_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('e2e global setup did not run');
  const databaseUrl = await cloneTestDatabase(serverUrl, template);
  const app = await createApp({ databaseUrl, poolSize: 5 });
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    close: async () => {
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; role: string; stateCode: string | null };
}

export async function login(http: Http, email: string, password: string): Promise<Session> {
  const res = await http.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Session;
}

/** Creates a user as admin with a known password and signs them in. */
export async function createUserAndLogin(
  http: Http,
  admin: Session,
  user: { email: string; name?: string; role: string; stateCode?: string },
  password = 'Correct-Horse-Battery-42',
): Promise<Session & { id: string }> {
  const res = await http
    .post('/api/users')
    .set('Authorization', `Bearer ${admin.accessToken}`)
    .send({ name: user.name ?? user.email.split('@')[0], ...user, password });
  if (res.status !== 201) throw new Error(`create ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const session = await login(http, user.email, password);
  return { ...session, id: res.body.id as string };
}

export const bearer = (session: { accessToken: string }) => ({ Authorization: `Bearer ${session.accessToken}` });
