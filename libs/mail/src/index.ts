export * from './mailer.js';
export * from './mail-outbox.js';
export * from './mail-delivery.entity.js';
export * from './mail.module.js';
