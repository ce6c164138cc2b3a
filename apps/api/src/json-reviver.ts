/**
 * JSON bodies may not carry `__proto__` or `constructor` keys: JSON.parse keeps them as plain keys, but copying such an
 * object (class-transformer, spreads) swaps its prototype or trips over it — found by the fuzz suite as 500s, and the
 * stuff of prototype pollution. No DTO has such a field, so throwing here (the body parser then answers 400, malformed
 * JSON) refuses nothing legitimate.
 */
export function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`"${key}" is not allowed as a key in JSON bodies`);
  return value;
}
