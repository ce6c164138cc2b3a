import type { EntityManager } from 'typeorm';
import { ImplementationReport } from './entities/implementation-report.entity.js';

export interface ReportKey {
  cycleId: string;
  stateCode: string;
  recommendationId: string;
}

/** The report of a cycle × State × recommendation, locked for the rest of the transaction (null when none exists). */
export function findReportForUpdate(em: EntityManager, key: ReportKey): Promise<ImplementationReport | null> {
  return em
    .getRepository(ImplementationReport)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.cycle_id = :cycleId AND r.state_code = :stateCode AND r.recommendation_id = :recommendationId', key)
    .getOne();
}
