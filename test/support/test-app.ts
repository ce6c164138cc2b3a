import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { asTestRuntimeRole, cloneTestDatabase, dropTestDatabase } from '#database/testing';
import { createApp } from '../../apps/api/src/app.factory.js';
import { linkToken, SmtpSink } from './smtp-sink.js';

export type Http = ReturnType<typeof request>;

export const ADMIN = { email: 'admin@wg4.test', password: 'Bootstrap-Secret-For-Tests-7' };

export interface TestApp {
  app: NestExpressApplication;
  http: Http;
  databaseUrl: string;
  /** The real SMTP server the app mails to (invitations, resets, notifications). */
  mail: SmtpSink;
  close(): Promise<void>;
}

/** The real application on a database of its own, cloned from the migrated template, mailing to a real SMTP sink. */
export async function startTestApp(): Promise<TestApp> {
  const serverUrl = process.env.WG4_TEST_SERVER_URL;
  const template = process.env.WG4_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('e2e global setup did not run');
  const databaseUrl = await cloneTestDatabase(serverUrl, template);
  const mail = await new SmtpSink().start();
  process.env.SMTP_URL = mail.url;
  // The app runs as the runtime role (owns nothing); `databaseUrl` stays the test server's, for fixtures. Through a
  // PgBouncer in transaction mode when test/pgbouncer.e2e-spec.ts started one (the app and its job queue both).
  // The user-row cache listens on the direct connection, as DIRECT_DATABASE_URL does behind a pooler.
  const app = await createApp({ databaseUrl: viaPooler(asTestRuntimeRole(databaseUrl)), poolSize: 5, userCacheUrl: asTestRuntimeRole(databaseUrl) });
  const http = request(app.getHttpServer());
  sinks.set(http, mail);
  return {
    app,
    http,
    databaseUrl,
    mail,
    close: async () => {
      await app.close();
      await mail.stop();
      await dropTestDatabase(databaseUrl);
      // pg-boss's stop() resolves before its offWork() loops (a 1 s poll each) have seen their workers stop; one
      // that polls again after Jest tore this file's environment down throws inside the next file (a worker slow to
      // stop under load). One poll's wait lets them end here.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
    },
  };
}

const sinks = new WeakMap<Http, SmtpSink>();

/** The URL through the test's PgBouncer (WG4_TEST_POOLER_PORT) when one runs, else unchanged. */
function viaPooler(url: string): string {
  const port = process.env.WG4_TEST_POOLER_PORT;
  if (!port) return url;
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = port;
  return u.toString();
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

/**
 * Invites a user as admin, then does what the person does: opens the invitation mail, sets the password through
 * the link, and signs in.
 */
export async function createUserAndLogin(
  http: Http,
  admin: Session,
  user: { email: string; name?: string; role: string; stateCode?: string },
  password = 'Correct-Horse-Battery-42',
): Promise<Session & { id: string }> {
  const id = await inviteAndAccept(http, admin, user, password);
  const session = await login(http, user.email, password);
  return { ...session, id };
}

/** Invites a user and sets their password through the mailed link; returns the user's id. */
export async function inviteAndAccept(
  http: Http,
  admin: Session,
  user: { email: string; name?: string; role: string; stateCode?: string },
  password = 'Correct-Horse-Battery-42',
): Promise<string> {
  const sink = sinks.get(http);
  if (!sink) throw new Error('inviteAndAccept needs the http of startTestApp()');
  const res = await http
    .post('/api/users')
    .set('Authorization', `Bearer ${admin.accessToken}`)
    .send({ name: user.name ?? user.email.split('@')[0], ...user });
  if (res.status !== 201) throw new Error(`create ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const mail = await sink.waitFor(user.email, /invited/);
  const set = await http.post('/api/auth/set-password').send({ token: linkToken(mail), password });
  if (set.status !== 200) throw new Error(`set-password ${user.email} failed: ${set.status} ${JSON.stringify(set.body)}`);
  return res.body.id as string;
}

export const bearer = (session: { accessToken: string }) => ({ Authorization: `Bearer ${session.accessToken}` });
