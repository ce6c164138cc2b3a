export * from './export-document.js';
export * from './labels.js';
export * from './csv.js';
export * from './xlsx.js';
export * from './pdf.js';
export * from './render.js';
export * from './text-document.js';
export * from './render-cache.js';
