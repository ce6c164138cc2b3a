import { UserAccessCache, type CachedAccess } from './user-access-cache.js';

const U = '00000000-0000-4000-8000-000000000001';
const S1 = '00000000-0000-4000-8000-0000000000a1';
const S2 = '00000000-0000-4000-8000-0000000000a2';
const access = (expiresAtMs = 1_000_000): CachedAccess => ({
  user: { id: U, email: 'a@b.c', name: 'A', role: 'focal_point', stateCode: 'FRA', mustChangePassword: false, mfaEnabled: false },
  tokenVersion: 0,
  sessionExpiresAtMs: expiresAtMs,
});

function liveCache(ttlMs = 60_000, max?: number): UserAccessCache {
  const cache = new UserAccessCache(ttlMs, max);
  cache.setLive(true);
  return cache;
}

describe('UserAccessCache', () => {
  it('answers nothing until the listener is live, and forgets everything when it goes down', () => {
    const cache = new UserAccessCache(60_000);
    cache.store(cache.readTicket(), U, S1, access(), 0);
    expect(cache.get(U, S1, 1)).toBeUndefined();
    cache.setLive(true);
    cache.store(cache.readTicket(), U, S1, access(), 0);
    expect(cache.get(U, S1, 1)).toEqual(access());
    cache.setLive(false);
    expect(cache.size).toBe(0);
    expect(cache.get(U, S1, 1)).toBeUndefined();
  });

  it('a TTL of 0 turns it off', () => {
    const cache = liveCache(0);
    expect(cache.enabled).toBe(false);
    cache.store(cache.readTicket(), U, S1, access(), 0);
    expect(cache.get(U, S1, 0)).toBeUndefined();
  });

  it('drops every session of a user on their notification', () => {
    const cache = liveCache();
    cache.store(cache.readTicket(), U, S1, access(), 0);
    cache.store(cache.readTicket(), U, S2, access(), 0);
    cache.invalidateUser(U);
    expect(cache.get(U, S1, 1)).toBeUndefined();
    expect(cache.get(U, S2, 1)).toBeUndefined();
  });

  it('does not keep a row read while a notification arrived (it may be the old row)', () => {
    const cache = liveCache();
    const ticket = cache.readTicket();
    cache.invalidateUser('someone-else');
    cache.store(ticket, U, S1, access(), 0);
    expect(cache.get(U, S1, 1)).toBeUndefined();
  });

  it('does not keep a row read while the listener was down, even once it is back', () => {
    const cache = new UserAccessCache(60_000);
    const ticket = cache.readTicket();
    cache.setLive(true);
    cache.store(ticket, U, S1, access(), 0);
    expect(cache.get(U, S1, 1)).toBeUndefined();
  });

  it('expires entries after the TTL and never past their session', () => {
    const cache = liveCache(1_000);
    cache.store(cache.readTicket(), U, S1, access(500), 0);
    expect(cache.get(U, S1, 499)).toBeDefined();
    expect(cache.get(U, S1, 500)).toBeUndefined();
    cache.store(cache.readTicket(), U, S2, access(10_000), 0);
    expect(cache.get(U, S2, 999)).toBeDefined();
    expect(cache.get(U, S2, 1_000)).toBeUndefined();
  });

  it('refuses a session id presented with another user id', () => {
    const cache = liveCache();
    cache.store(cache.readTicket(), U, S1, access(), 0);
    expect(cache.get('00000000-0000-4000-8000-000000000002', S1, 1)).toBeUndefined();
  });

  it('does not answer between a local write and the ping that follows it', () => {
    const cache = liveCache();
    cache.store(cache.readTicket(), U, S1, access(), 0);
    const n = cache.noteLocalWrite();
    expect(cache.get(U, S1, 1)).toBeUndefined();
    expect(cache.readTicket()).toBe(-1);
    cache.synced(n - 1);
    expect(cache.get(U, S1, 1)).toBeUndefined();
    cache.synced(n);
    expect(cache.get(U, S1, 1)).toBeDefined();
  });

  it('stays within its size bound, dropping the oldest entry', () => {
    const cache = liveCache(60_000, 2);
    const s3 = '00000000-0000-4000-8000-0000000000a3';
    for (const s of [S1, S2, s3]) cache.store(cache.readTicket(), U, s, access(), 0);
    expect(cache.size).toBe(2);
    expect(cache.get(U, S1, 1)).toBeUndefined();
    expect(cache.get(U, s3, 1)).toBeDefined();
  });
});
