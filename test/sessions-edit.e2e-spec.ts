import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Rec {
  id: string;
  number: string;
  reference: string;
  children: Rec[];
}
const flatten = (recs: Rec[]): Rec[] => recs.flatMap((r) => [r, ...flatten(r.children)]);

/** PATCH /api/sessions/{number}: the secretariat corrects a meeting's symbol, venue and title; references follow. */
describe('sessions: correcting a meeting (symbol, venue, title) and the references after it', () => {
  let t: TestApp;
  let admin: Session;
  let secretariat: Session;
  let focal: Session;
  let number: number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    focal = await createUserAndLogin(t.http, admin, { email: 'fp@example.org', role: 'focal_point', stateCode: 'KEN' });
    const sessions = (await t.http.get('/api/sessions?limit=100').set(bearer(focal)).expect(200)).body.items as { number: number; reportSymbol: string | null; recommendationCount: number }[];
    // A meeting of the record without a report symbol whose recommendations read "WG.4 meeting N, …".
    const bare = sessions.find((s) => !s.reportSymbol && s.recommendationCount > 0);
    expect(bare).toBeDefined();
    number = bare!.number;
  });
  afterAll(async () => {
    await t.close();
  });

  const references = async (): Promise<string[]> => {
    const res = await t.http.get(`/api/recommendations?session=${number}&limit=100`).set(bearer(focal)).expect(200);
    return flatten(res.body.items).map((r: Rec) => r.reference);
  };
  const patch = (body: unknown, who: Session = secretariat) => t.http.patch(`/api/sessions/${number}`).set(bearer(who)).send(body as object);

  it('sets the symbol: every reference of the meeting is rewritten, the compilation prints it, the change is audited', async () => {
    const before = await references();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((r) => r.startsWith(`WG.4 meeting ${number}, `))).toBe(true);
    // The compilation rendered (and cached) before the change.
    const mdBefore = await t.http.get('/api/compilation?format=md').set(bearer(focal)).expect(200);
    expect(mdBefore.text).toContain(`WG.4 meeting ${number}, `);

    const symbol = `CTOC/COP/WG.4/2099/${number}`;
    const res = await patch({ reportSymbol: symbol, venue: 'Vienna', title: { en: 'Report on the meeting' } }).expect(200);
    expect(res.body).toMatchObject({ number, reportSymbol: symbol, venue: 'Vienna', title: expect.objectContaining({ en: 'Report on the meeting' }) });

    const after = await references();
    expect(after).toEqual(before.map((r) => r.replace(`WG.4 meeting ${number}, `, `${symbol}, `)));
    const mdAfter = await t.http.get('/api/compilation?format=md').set(bearer(focal)).expect(200);
    expect(mdAfter.text).toContain(`${symbol}, `);
    expect(mdAfter.text).not.toContain(`WG.4 meeting ${number}, `);

    const audit = await t.http.get('/api/audit?action=session.updated').set(bearer(admin)).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorEmail: 'sec@example.org',
      entity: 'session',
      changes: { reportSymbol: { from: null, to: symbol }, venue: expect.objectContaining({ to: 'Vienna' }) },
      metadata: { number, referencesRewritten: after.length },
    });
  });

  it('changes a symbol again and clears it: references follow each time; an unchanged body writes nothing', async () => {
    const symbol = `CTOC/COP/WG.4/2099/${number}`;
    const corrected = `CTOC/COP/WG.4/2098/${number}`;
    await patch({ reportSymbol: corrected }).expect(200);
    expect((await references()).every((r) => r.startsWith(`${corrected}, `))).toBe(true);
    await patch({ reportSymbol: null }).expect(200);
    expect((await references()).every((r) => r.startsWith(`WG.4 meeting ${number}, `))).toBe(true);
    const count = (await t.http.get('/api/audit?action=session.updated').set(bearer(admin)).expect(200)).body.total;
    await patch({ reportSymbol: null, venue: 'Vienna' }).expect(200);
    expect((await t.http.get('/api/audit?action=session.updated').set(bearer(admin)).expect(200)).body.total).toBe(count);
    await patch({ reportSymbol: symbol }).expect(200);
  });

  it('refuses a symbol another meeting has (409, nothing changed) and invalid values (400 with the field)', async () => {
    const sessions = (await t.http.get('/api/sessions?limit=100').set(bearer(focal)).expect(200)).body.items as { number: number; reportSymbol: string | null }[];
    const other = sessions.find((s) => s.reportSymbol && s.number !== number)!;
    const taken = await patch({ reportSymbol: other.reportSymbol }).expect(409);
    expect(taken.body).toMatchObject({ code: 'REPORT_SYMBOL_TAKEN', errors: [expect.objectContaining({ field: 'reportSymbol' })] });
    expect((await references()).every((r) => r.startsWith(`CTOC/COP/WG.4/2099/${number}, `))).toBe(true);

    for (const body of [{ reportSymbol: 'not a symbol' }, { reportSymbol: 'X'.repeat(61) }, { venue: '   ' }, { title: { xx: 'Title' } }, { title: { en: '' } }, { venue: 42 }]) {
      const res = await patch(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe(Object.keys(body)[0]);
    }
    await t.http.patch('/api/sessions/999').set(bearer(secretariat)).send({ venue: 'Vienna' }).expect(404);
    await t.http.patch('/api/sessions/0').set(bearer(secretariat)).send({ venue: 'Vienna' }).expect(400);
  });

  it('is the secretariat’s: focal points and admins get 403, anonymous 401', async () => {
    await patch({ venue: 'Elsewhere' }, focal).expect(403);
    await patch({ venue: 'Elsewhere' }, admin).expect(403);
    await t.http.patch(`/api/sessions/${number}`).send({ venue: 'Elsewhere' }).expect(401);
    expect((await t.http.get(`/api/sessions/${number}`).set(bearer(focal)).expect(200)).body.venue).toBe('Vienna');
  });

  it('refuses a link to a recommendation of a later meeting (LINK_DIRECTION), accepts the other direction', async () => {
    const list = async (session: number) => (await t.http.get(`/api/recommendations?session=${session}&limit=1`).set(bearer(focal)).expect(200)).body.items[0] as Rec;
    const earlier = await list(4);
    const later = await list(number > 4 ? number : 9);
    const wrong = await t.http.post(`/api/recommendations/${earlier.id}/links`).set(bearer(secretariat)).send({ toId: later.id, type: 'reiterates' }).expect(400);
    expect(wrong.body).toMatchObject({ code: 'LINK_DIRECTION', errors: [expect.objectContaining({ field: 'toId' })] });
    await t.http.post(`/api/recommendations/${later.id}/links`).set(bearer(secretariat)).send({ toId: earlier.id, type: 'reiterates' }).expect(201);
  });
});
