export type { Op, OpOf, OpType } from './Op';
export { opSchema } from './Op';
export { OpError, describeOpError } from './OpError';
export { apply, applyAll, applyBatch, invert, invertAll, type Applied } from './applyBatch';
export type { Changes } from './DocDraft';
