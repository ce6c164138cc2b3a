// The peer: a bare node:http + pg server answering the catalogue list with the very SQL the API runs (captured from
// RecommendationsService), and the same { items, total, page, limit } shape with sub-items nested. No framework, no
// validation, no auth: what a minimal hand-written service achieves.
import http from 'node:http';
import pg from 'pg';

export function startBareServer(databaseUrl, queries, { poolSize = 10 } = {}) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const [pageQuery, treeQuery] = queries;
  const server = http.createServer(async (req, res) => {
    try {
      const page = await pool.query(pageQuery.query, pageQuery.parameters);
      const ids = page.rows.map((r) => r.id);
      const rows = ids.length ? (await pool.query(treeQuery.query, [ids])).rows : [];
      const byId = new Map(rows.map((r) => [r.id, { ...r, children: [] }]));
      const roots = [];
      for (const node of byId.values()) (node.parentId && byId.get(node.parentId) ? byId.get(node.parentId).children : roots).push(node);
      const body = JSON.stringify({ items: roots, total: page.rows.length ? Number(page.rows[0].total) : 0, page: 1, limit: ids.length });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: async () => {
          await new Promise((r) => server.close(r));
          await pool.end();
        },
      }),
    ),
  );
}
