export type { Op, OpType } from './Op';
export { opSchema } from './Op';
export { OpError } from './OpError';
export { apply, applyAll, collectionOf } from './apply';
export { invert, invertAll } from './invert';
export { touchedBy } from './touchedBy';
