export * from './user-access-cache.js';
export * from './user-change-listener.js';
export * from './local-write.interceptor.js';
