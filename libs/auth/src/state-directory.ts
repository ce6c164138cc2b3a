/**
 * Whether a State code names a known State. The catalogue provides it (wired by the app); without it only the
 * format of a code is checked. Keeps auth independent of the catalogue.
 */
export interface StateDirectory {
  exists(code: string): Promise<boolean>;
}

export const STATE_DIRECTORY = Symbol('STATE_DIRECTORY');
