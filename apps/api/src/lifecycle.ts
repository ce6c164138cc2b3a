/** Process-wide: set when a stop signal arrived, so /api/health/ready answers 503 and the proxy drains this replica. */
export const lifecycle = { shuttingDown: false };
