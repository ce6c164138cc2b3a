import { linkToken } from '../../support/smtp-sink.js';
import { sharedMailSink } from './built-app.js';
import { Api, inPool } from './http.js';

export const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@wg4.test', password: process.env.ADMIN_PASSWORD ?? 'Bootstrap-Secret-For-Tests-7' };
export const PASSWORD = 'Correct-Horse-Battery-42';

export interface Who {
  token: string;
  id: string;
  email: string;
  stateCode?: string;
}

export async function login(api: Api, email: string, password = PASSWORD): Promise<Who> {
  const res = await api.expect<{ accessToken: string; user: { id: string; stateCode: string | null } }>(200, 'POST', '/api/auth/login', { email, password });
  return { token: res.body.accessToken, id: res.body.user.id, email, stateCode: res.body.user.stateCode ?? undefined };
}

/** Invites a user as admin, sets the password through the mailed link (as the person would), and signs in. */
export async function createUser(api: Api, admin: Who, user: { email: string; role: string; stateCode?: string }): Promise<Who> {
  const mail = await sharedMailSink();
  mail.mails.splice(0, mail.mails.length, ...mail.mails.filter((m) => !m.to.includes(user.email.toLowerCase())));
  await api.expect(201, 'POST', '/api/users', { name: user.email.split('@')[0], ...user }, { token: admin.token });
  const invitation = await mail.waitFor(user.email, /invited/);
  await api.expect(200, 'POST', '/api/auth/set-password', { token: linkToken(invitation), password: PASSWORD });
  return login(api, user.email);
}

/** One focal point per State (created by the admin and signed in), `concurrency` at a time. */
export async function focalPoints(api: Api, admin: Who, codes: string[], tag: string, concurrency = 8): Promise<Who[]> {
  return inPool(
    concurrency,
    codes.map((code) => () => createUser(api, admin, { email: `fp.${code.toLowerCase()}.${tag}@example.org`, role: 'focal_point', stateCode: code })),
  );
}

export async function allStateCodes(api: Api, who: Who): Promise<string[]> {
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const res = await api.expect<{ items: { code: string }[]; total: number }>(200, 'GET', `/api/states?limit=100&page=${page}`, undefined, { token: who.token });
    codes.push(...res.body.items.map((s) => s.code));
    if (codes.length >= res.body.total || res.body.items.length === 0) return codes;
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

/** An open cycle over the given sessions (all final sessions when none); returns its id and the size of its frozen scope. */
export async function openCycle(api: Api, secretariat: Who, name: string, sessions?: number[]): Promise<{ id: string; scopeCount: number }> {
  const created = await api.expect<{ id: string; scopeCount: number }>(
    201,
    'POST',
    '/api/cycles',
    { name, opensOn: daysFromNow(-1), closesOn: daysFromNow(30), ...(sessions ? { sessions } : {}) },
    { token: secretariat.token },
  );
  await api.expect(200, 'POST', `/api/cycles/${created.body.id}/open`, undefined, { token: secretariat.token });
  return { id: created.body.id, scopeCount: created.body.scopeCount };
}

/** The in-scope recommendation ids of a cycle, read from a State's questionnaire. */
export async function scopeOf(api: Api, focal: Who, cycleId: string): Promise<string[]> {
  // The questionnaire is paged (100 rows a page): read every page.
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const rows = await api.expect<{ items: { recommendationId: string }[]; total: number }>(
      200,
      'GET',
      `/api/cycles/${cycleId}/states/${focal.stateCode}/reports?page=${page}&limit=100`,
      undefined,
      { token: focal.token },
    );
    ids.push(...rows.body.items.map((r) => r.recommendationId));
    if (ids.length >= rows.body.total || rows.body.items.length === 0) return ids;
  }
}

const STATUSES = ['planned', 'in_progress', 'partially_implemented', 'fully_implemented'] as const;

/** A plausible whole-questionnaire answer, distinct per State and recommendation. */
export function questionnaire(stateCode: string, scope: string[], round = 1) {
  return scope.map((recommendationId, i) => ({
    recommendationId,
    implementationStatus: STATUSES[(i + round) % STATUSES.length],
    narrative: { en: `${stateCode} reports on item ${i + 1} (round ${round}): the national plan covers this recommendation.` },
    measures: [{ type: 'policy', description: `${stateCode} measure ${i + 1}` }],
    evidence: i % 3 === 0 ? [{ title: `${stateCode} law ${i + 1}`, url: `https://laws.example.org/${stateCode.toLowerCase()}/${i + 1}` }] : [],
    challenges: i % 2 === 0 ? `Funding (${stateCode})` : null,
    assistanceNeeded: i % 4 === 0,
  }));
}

export const reportsPath = (cycleId: string, code: string) => `/api/cycles/${cycleId}/states/${code}/reports`;
