// Runs one autocannon load in its own process (so the load generator does not share the API's event loop) and
// prints the result as JSON. Config (argv[2], JSON): { url, method, headers, body, connections, duration, slots? }.
// With `slots` ([{ path, etag }]), each connection keeps its own report and sends the ETag of its last save.
import autocannon from 'autocannon';

const config = JSON.parse(process.argv[2]);
let next = 0;
const slots = config.slots;
/** The current ETag of each report. autocannon hands setupRequest and onResponse different copies of the context,
 * so the ETag lives here, keyed by the connection's report. */
const etags = new Map((slots ?? []).map((s) => [s.path, s.etag]));
/** Keeps the connection's ETag current (from successful saves only), so the next save matches. */
function onResponse(status, body, context, headers) {
  const etag = headers?.etag ?? headers?.ETag;
  if (status < 300 && etag && context.slot) etags.set(context.slot.path, etag);
}
const run = autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.duration,
  method: config.method ?? 'GET',
  headers: config.headers,
  body: slots ? undefined : config.body,
  requests: slots
    ? [
        {
          onResponse,
          setupRequest: (req, context) => {
            if (!context.slot) context.slot = { ...slots[next++ % slots.length], flip: false };
            context.slot.flip = !context.slot.flip;
            return {
              ...req,
              method: 'PUT',
              path: context.slot.path,
              headers: { ...req.headers, 'content-type': 'application/json', 'if-match': etags.get(context.slot.path) },
              body: JSON.stringify({ implementationStatus: context.slot.flip ? 'in_progress' : 'planned', narrative: { en: `Saved under load ${Date.now()}` } }),
              // autocannon calls the onResponse of the request object this returns.
              onResponse,
            };
          },
        },
      ]
    : undefined,
});
const result = await run;
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodeStats: result.statusCodeStats,
  }),
);
