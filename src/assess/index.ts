export { summariseDocument } from './summary';
export { classifyDocument } from './kind';
export { decideCommercialUse } from './commercial';
export * from './types';
