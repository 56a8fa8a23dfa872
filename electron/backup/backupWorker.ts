import { workerData } from 'node:worker_threads';
import type { WorkerAnswer, WorkerInput } from './backupJobs';
import { runTask } from './backupTasks';

/** Entry of the backup worker thread: one job, one answer, then the thread ends. */
const input = workerData as WorkerInput;

function answer(a: WorkerAnswer): void {
  input.port.postMessage(a);
  Atomics.store(input.signal, 0, 1);
  Atomics.notify(input.signal, 0);
}

runTask(input.job, input.nativeBinding).then(
  (value) => answer({ ok: true, value }),
  (e: unknown) => answer({ ok: false, message: e instanceof Error ? e.message : String(e) }),
);
