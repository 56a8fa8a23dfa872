import type { EntitySpec } from './EntitySpec';

/** A step record needs nothing beyond its schema: steps a process no longer names are kept, not refused. */
export const stepSpec: EntitySpec<'steps'> = { kind: 'step', collection: 'steps' };
