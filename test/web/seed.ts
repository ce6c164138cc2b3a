import { ADMIN, bearer, createUserAndLogin, login, type Http, type Session } from '../support/test-app.js';

/**
 * What the workspaces' browser tests start from, made through the API as the people would: accounts (invited, password
 * set through the mailed link), a reporting cycle opened by the secretariat, reports saved and submitted by focal
 * points, reviews. One place, so that every spec seeds the same way.
 */
export const PASSWORD = 'Correct-Horse-Battery-42';

export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export type Person = Session & { id: string; email: string; password: string };

let counter = 0;
/** A new account of the role (a fresh e-mail address each call), signed in through the API. */
export async function person(http: Http, role: 'secretariat' | 'focal_point' | 'admin', options: { stateCode?: string; name?: string; language?: string } = {}): Promise<Person> {
  const admin = await login(http, ADMIN.email, ADMIN.password);
  const email = `${role.replace('_', '-')}.${options.stateCode?.toLowerCase() ?? 'x'}.${Date.now().toString(36)}${(counter++).toString(36)}@example.org`;
  const session = await createUserAndLogin(http, admin, { email, role, stateCode: options.stateCode, name: options.name ?? (role === 'focal_point' ? `Focal point of ${options.stateCode}` : role === 'secretariat' ? 'Secretariat officer' : 'Administrator') }, PASSWORD);
  if (options.language) await http.patch('/api/auth/me').set(bearer(session)).send({ language: options.language }).expect(200);
  return { ...session, email, password: PASSWORD };
}

export interface OpenCycle {
  id: string;
  name: string;
  closesOn: string;
  scopeCount: number;
  /** The recommendations in scope, in questionnaire order (ids). */
  scope: string[];
}

/** A cycle over the sessions given (default: session 4), created and opened by the secretariat. */
export async function openCycle(http: Http, secretariat: Session, options: { name?: string; sessions?: number[]; opensInDays?: number; closesInDays?: number; open?: boolean } = {}): Promise<OpenCycle> {
  const body = { name: options.name ?? `Cycle ${Date.now().toString(36)}`, opensOn: daysFromNow(options.opensInDays ?? -1), closesOn: daysFromNow(options.closesInDays ?? 30), sessions: options.sessions ?? [4] };
  const created = await http.post('/api/cycles').set(bearer(secretariat)).send(body).expect(201);
  if (options.open !== false) await http.post(`/api/cycles/${created.body.id}/open`).set(bearer(secretariat)).expect(200);
  return { id: created.body.id, name: body.name, closesOn: body.closesOn, scopeCount: created.body.scopeCount, scope: await scopeOf(http, secretariat, created.body.id) };
}

/** The ids of a cycle's recommendations, as the questionnaire lists them (any State's questionnaire has the same). */
async function scopeOf(http: Http, who: Session, cycleId: string): Promise<string[]> {
  const res = await http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(who));
  if (res.status === 200) return (res.body.items as { recommendationId: string }[]).map((r) => r.recommendationId);
  return [];
}

export const reportPath = (cycleId: string, stateCode: string, recommendationId: string) => `/api/cycles/${cycleId}/states/${stateCode}/reports/${recommendationId}`;

/** Saves a draft (creating it, or over its current version) and returns the new ETag. */
export async function saveReport(http: Http, focalPoint: Session & { user: { stateCode: string | null } }, cycleId: string, recommendationId: string, content: Record<string, unknown>): Promise<string> {
  const path = reportPath(cycleId, focalPoint.user.stateCode!, recommendationId);
  const current = await http.get(path).set(bearer(focalPoint)).expect(200);
  const req = http.put(path).set(bearer(focalPoint));
  if (current.headers.etag) req.set('If-Match', current.headers.etag);
  const saved = await req.send(content);
  if (saved.status !== 200 && saved.status !== 201) throw new Error(`save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  return saved.headers.etag as string;
}

/** A complete answer in English (status, narrative, one measure), saved and submitted; returns the report's id. */
export async function submitReport(http: Http, focalPoint: Session & { user: { stateCode: string | null } }, cycleId: string, recommendationId: string, content: Record<string, unknown> = {}): Promise<string> {
  const etag = await saveReport(http, focalPoint, cycleId, recommendationId, {
    implementationStatus: 'in_progress',
    narrative: { en: 'A national action plan was adopted and is being implemented.' },
    measures: [{ type: 'policy', description: 'National action plan 2025–2028' }],
    ...content,
  });
  const path = reportPath(cycleId, focalPoint.user.stateCode!, recommendationId);
  const submitted = await http.post(`${path}/submit`).set(bearer(focalPoint)).set('If-Match', etag);
  if (submitted.status !== 200 && submitted.status !== 201) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body.id as string;
}

/** The secretariat's decision on a submitted report (start_review first when needed). */
export async function review(http: Http, secretariat: Session, reportId: string, decision: 'start_review' | 'accept' | 'return', extra: { comment?: string; assessment?: { status: string; note?: string } } = {}): Promise<void> {
  const res = await http.post(`/api/reports/${reportId}/review`).set(bearer(secretariat)).send({ decision, ...extra });
  if (res.status !== 200 && res.status !== 201) throw new Error(`review ${decision} failed: ${res.status} ${JSON.stringify(res.body)}`);
}
