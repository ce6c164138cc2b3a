export * from './audit-event.entity.js';
export * from './audit-diff.js';
export * from './audit.service.js';
export * from './audit.module.js';
export * from './dto/list-audit.query.js';
export * from './dto/audit-event.dto.js';
