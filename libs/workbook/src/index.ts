export * from './model.js';
export * from './words.js';
export * from './writer.js';
export * from './reader.js';
export * from './compare.js';
export * from './form.js';
export * from './questionnaire-workbook.service.js';
export * from './dto.js';
