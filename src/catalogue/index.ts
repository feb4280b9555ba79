export * from './schema.js';
export * from './validate.js';
export * from './lookup.js';
export * from './format.js';
export * from './merge.js';
export * from './context.js';
export { bundledCatalogue } from './bundled.js';
export { defaultCatalogue, setDefaultCatalogue } from './default-catalogue.js';
export * from './labels.js';
