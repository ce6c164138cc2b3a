import { describe, expect, it } from '@jest/globals';
import { cachedRender, RenderCache, RenderLimiter } from './render-cache.js';

const doc = (text: string) => ({ body: Buffer.from(text), contentType: 'text/plain', fileName: 'x.txt' });

describe('the document cache', () => {
  it('renders once per key, also for requests at the same time, and drops the least recently used beyond its budget', async () => {
    const cache = new RenderCache(10);
    let renders = 0;
    const render = (text: string) => async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 5));
      return doc(text);
    };
    const [a, b] = await Promise.all([cache.get('a', render('aaaa')), cache.get('a', render('aaaa'))]);
    expect(a).toBe(b);
    expect(renders).toBe(1);
    await cache.get('b', render('bbbb'));
    await cache.get('a', render('aaaa')); // a is now the most recent
    await cache.get('c', render('cccc')); // 12 bytes > 10: b goes
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(renders).toBe(3);
  });

  it('a failed render is not cached', async () => {
    const cache = new RenderCache(100);
    await expect(cache.get('k', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await cache.get('k', async () => doc('ok'))).body.toString()).toBe('ok');
  });
});

describe('the per-user render limit', () => {
  it('lets a user have `perUser` documents under way, refuses the next, and frees a slot when one ends', () => {
    const limit = new RenderLimiter(2);
    const one = limit.acquire('u')!;
    const two = limit.acquire('u')!;
    expect(limit.acquire('u')).toBeNull();
    expect(limit.acquire('someone else')).not.toBeNull();
    one();
    one(); // releasing twice frees one slot only
    expect(limit.acquire('u')).not.toBeNull();
    expect(limit.acquire('u')).toBeNull();
    two();
  });

  it('cachedRender throws the caller’s error beyond the limit (2 by default), and serves again once one is done', async () => {
    const pending: (() => void)[] = [];
    const slow = () => new Promise<ReturnType<typeof doc>>((resolve) => pending.push(() => resolve(doc('x'))));
    const tooMany = () => new Error('TOO_MANY_RENDERS');
    const first = cachedRender(async () => 'k1', 'user-1', slow, tooMany);
    const second = cachedRender(async () => 'k2', 'user-1', slow, tooMany);
    await expect(cachedRender(async () => 'k3', 'user-1', slow, tooMany)).rejects.toThrow('TOO_MANY_RENDERS');
    await new Promise((r) => setTimeout(r, 5));
    for (const done of pending.splice(0)) done();
    await Promise.all([first, second]);
    expect((await cachedRender(async () => 'k1', 'user-1', slow, tooMany)).body.toString()).toBe('x');
  });
});
