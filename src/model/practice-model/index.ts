export * from './schema.js';
export * from './conditions.js';
export * from './timescales.js';
export * from './parse.js';
