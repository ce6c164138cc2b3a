import { Controller, Get, Header, Headers, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { CommonError, Public } from '#common';
import { AuthError } from '#auth';
import { metricsRegistry } from '../metrics.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Prometheus metrics. Not for users: only with `Authorization: Bearer <METRICS_TOKEN>`; without METRICS_TOKEN set,
 * the endpoint does not exist (404). Outside the OpenAPI document (it is not part of the API's contract).
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Public()
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'no-store')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = process.env.METRICS_TOKEN;
    if (!token) throw new CommonError('NOT_FOUND');
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) throw new AuthError('INVALID_TOKEN');
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
