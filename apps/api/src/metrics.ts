import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * The HTTP and pool metrics (prom-client's default registry; the job queue adds its own). One set per process:
 * prom-client refuses a metric name twice, and the e2e tests start several apps in one process.
 */
collectDefaultMetrics({ register, prefix: 'wg4_' });

const httpDuration = new Histogram({
  name: 'wg4_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status (its _count is the request rate)',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [register],
});

const httpErrors = new Counter({
  name: 'wg4_http_errors_total',
  help: 'Problem answers by code (VALIDATION_FAILED, DATABASE_BUSY, …) and status',
  labelNames: ['code', 'status'],
  registers: [register],
});

const pools = new Set<DataSource>();
type PgPool = { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } };
new Gauge({
  name: 'wg4_db_pool_connections',
  help: 'The API pool to PostgreSQL (or PgBouncer): total, idle, and requests waiting for a connection',
  labelNames: ['state'],
  registers: [register],
  collect() {
    const sum = { total: 0, idle: 0, waiting: 0, max: 0 };
    for (const ds of pools) {
      const driver = ds.driver as unknown as { master?: PgPool };
      const pool = driver.master;
      if (!pool) continue;
      sum.total += pool.totalCount;
      sum.idle += pool.idleCount;
      sum.waiting += pool.waitingCount;
      sum.max += pool.options?.max ?? 0;
    }
    for (const [state, value] of Object.entries(sum)) this.set({ state }, value);
  },
});

/** Counts a problem answer (called by the problem filter). */
export function countProblem(code: string, status: number): void {
  httpErrors.inc({ code, status: String(status) });
}

/** Times every request under /api by its route pattern (ids do not scatter the series); unmatched routes are one label. */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (!req.path.startsWith('/api/') || req.path === '/api/metrics') return next();
  const end = httpDuration.startTimer();
  res.once('finish', () => {
    const route = (req.route as { path?: string } | undefined)?.path;
    end({ method: req.method, route: route ? String(route) : 'unmatched', status: String(res.statusCode) });
  });
  next();
}

/** Registers the app's pool for the pool gauge while the app runs. */
@Injectable()
export class PoolMetrics implements OnModuleInit, OnModuleDestroy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  onModuleInit(): void {
    pools.add(this.dataSource);
  }
  onModuleDestroy(): void {
    pools.delete(this.dataSource);
  }
}

export const metricsRegistry = register;
