/**
 * Whether a State code names a known State. The catalogue provides it (wired by the app); without it only the
 * format of a code is checked. Keeps auth independent of the catalogue.
 */
export interface StateDirectory {
  exists(code: string): Promise<boolean>;
  /** Every State with its names (six languages) and aliases: the bulk invitation matches a State by any of them. */
  entries(): Promise<{ code: string; names: Record<string, string>; aliases: Record<string, string[]> }[]>;
}

export const STATE_DIRECTORY = Symbol('STATE_DIRECTORY');
