import type { HostApi } from '../../shared/contract/contract';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { openDatabase } from '../db/openDatabase';
import { WorkshopService } from './WorkshopService';

export type Services = HostApi & { close(): void };

export interface ServiceOptions {
  /** Folder holding the SQLite database. */
  dataDir: string;
  /** The app's resources/ folder (fonts, samples). */
  resourcesDir: string;
}

/** Wires every contract channel to its use case. Both hosts call exactly this. */
export function createServices(opts: ServiceOptions): Services {
  const db = openDatabase(opts.dataDir);
  const workshops = new WorkshopService(db);
  return {
    'workshops.list': async () => workshops.list(),
    'workshops.create': async ({ fields }) => workshops.create(fields),
    'workshops.update': async ({ id, fields }) => workshops.update(id, fields),
    'workshops.delete': async ({ id }) => {
      workshops.delete(id);
      return { deleted: true as const };
    },
    'workshop.open': async ({ id }) => workshops.open(id),
    'ops.apply': async ({ workshopId, ops }) => workshops.applyOps(workshopId, ops),
    'library.get': async () => BUILTIN_LIBRARY,
    close: () => db.close(),
  };
}
