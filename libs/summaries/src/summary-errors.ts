import { defineErrors } from '#common';

export const SummaryError = defineErrors('SummaryError', {
  CYCLE_NOT_FOUND: { kind: 'not_found', message: 'No such reporting cycle.' },
  STATE_NOT_FOUND: { kind: 'not_found', message: 'No State with this code.' },
  RECOMMENDATION_NOT_FOUND: { kind: 'not_found', message: 'No such recommendation.' },
  NOT_IN_SCOPE: { kind: 'not_found', message: 'This recommendation is not in the cycle’s scope (or asks nothing of States).' },
  THEME_NOT_FOUND: { kind: 'not_found', message: 'No theme with this code.' },
  PENDING_FIGURES_OWN_STATE_ONLY: {
    kind: 'forbidden',
    message: 'A focal point sees figures over other States from accepted reports only; include=submitted is for its own State’s figures.',
  },
  AS_OF_IN_FUTURE: { kind: 'invalid', message: 'asOf cannot be in the future.' },
});
