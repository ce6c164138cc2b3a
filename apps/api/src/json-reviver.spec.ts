import { describe, expect, it } from '@jest/globals';
import { rejectPrototypeKeys } from './json-reviver.js';

describe('rejectPrototypeKeys', () => {
  it('refuses __proto__ and constructor keys at any depth', () => {
    expect(() => JSON.parse('{"__proto__":{"x":1}}', rejectPrototypeKeys)).toThrow('"__proto__" is not allowed');
    expect(() => JSON.parse('{"a":[{"b":{"__proto__":null}}]}', rejectPrototypeKeys)).toThrow('"__proto__" is not allowed');
    expect(() => JSON.parse('{"constructor":null}', rejectPrototypeKeys)).toThrow('"constructor" is not allowed');
  });

  it('leaves ordinary bodies, and the words as values, alone', () => {
    expect(JSON.parse('{"a":"__proto__","b":[1,{"c":"constructor"}]}', rejectPrototypeKeys)).toEqual({ a: '__proto__', b: [1, { c: 'constructor' }] });
  });
});
