import type { HostApi } from '../../shared/contract/contract';
import type { backupChannels } from '../../shared/contract/backups';
import type { BackupService } from './BackupService';

type BackupApi = Pick<HostApi, keyof typeof backupChannels>;

/** The Backups screen's channels, wired to the service. */
export function backupHandlers(backups: BackupService): BackupApi {
  return {
    'backups.status': async () => backups.status(),
    'backups.list': async () => backups.list(),
    'backups.create': async () => backups.create(),
    'backups.restore': async ({ name }) => backups.restore(name),
    'backups.workshops': async ({ name }) => backups.workshopsIn(name),
    'backups.restoreWorkshop': async ({ name, workshopId, lang }) => backups.restoreWorkshop(name, workshopId, lang),
    'backups.startEmpty': async () => backups.startEmpty(),
  };
}
