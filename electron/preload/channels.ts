import type { ChannelName } from '../../shared/contract/contract';

/**
 * The contract's channel names as a plain list. The preload cannot import contract.ts at runtime
 * without bundling zod and every schema into the sandboxed page, so it keeps this copy; the type
 * below fails to compile if a channel is missing, and tests/unit/preload.test.ts checks it equals CHANNELS.
 */
export const PRELOAD_CHANNELS = [
  'workshops.list',
  'workshops.create',
  'workshops.update',
  'workshops.delete',
  'workshop.open',
  'ops.apply',
  'library.get',
  'templateSets.list',
  'templateSets.get',
  'templateSets.save',
  'templateSets.import',
  'templateSets.export',
  'templateSets.delete',
  'templateSets.activate',
  'pdf.start',
  'pdf.status',
  'pdf.save',
  'backups.status',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.workshops',
  'backups.restoreWorkshop',
  'backups.startEmpty',
  'room.open',
  'room.close',
  'room.status',
  'room.lock',
  'room.remove',
  'data.export',
  'data.save',
  'workshopFile.export',
  'workshopFile.save',
  'workshopFile.import',
  'workshopFile.open',
] as const satisfies readonly ChannelName[];

type MustBeNever<T extends never> = T;
/** Compile-time check: every contract channel appears in PRELOAD_CHANNELS. */
export type AllChannelsListed = MustBeNever<Exclude<ChannelName, (typeof PRELOAD_CHANNELS)[number]>>;
