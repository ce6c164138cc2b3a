// Runs one autocannon load in its own process (so the load generator does not share the API's event loop) and
// prints the result as JSON. Config (argv[2], JSON): { url, method, headers, body, connections, duration, slots? }.
// With `slots` ([{ path, etag }]), each connection owns one report and saves it with the ETag of its own last save.
import autocannon from 'autocannon';

const config = JSON.parse(process.argv[2]);
const slots = config.slots?.map((s) => ({ ...s }));
let next = 0;

/** Per connection (autocannon's per-request context is reset after every request, so state lives on the client). */
function setupClient(client) {
  const slot = slots[next++ % slots.length];
  let flip = false;
  let etag = null;
  const build = () => {
    flip = !flip;
    client.setRequests([
      {
        method: 'PUT',
        path: slot.path,
        headers: { ...config.headers, 'content-type': 'application/json', 'if-match': slot.etag },
        body: JSON.stringify({ implementationStatus: flip ? 'in_progress' : 'planned', narrative: { en: `Saved under load ${Date.now()}` } }),
      },
    ]);
  };
  client.on('headers', ({ headers }) => {
    etag = null;
    for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === 'etag') etag = headers[i + 1];
  });
  // Emitted before the client sends its next request, so the new ETag goes with it.
  client.on('response', (status) => {
    if (status < 300 && etag) slot.etag = etag;
    build();
  });
  build();
}

const result = await autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.duration,
  method: config.method ?? 'GET',
  headers: config.headers,
  body: config.body,
  setupClient: slots ? setupClient : undefined,
});
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
