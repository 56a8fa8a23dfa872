import { parentPort, workerData } from 'node:worker_threads';
import { holdClients, runRtt, type ConnectJob, type RttJob } from './roomClients';

/** Runs bench clients off the host's thread: rtt answers the figures; connect answers once all are welcomed and holds until 'stop'. */
const job = workerData as RttJob | ConnectJob;
if (job.kind === 'rtt') {
  runRtt(job).then(
    (rtts) => parentPort!.postMessage({ ok: true, rtts }),
    (e: unknown) => parentPort!.postMessage({ ok: false, error: String(e) }),
  );
} else {
  holdClients(job).then(
    (held) => {
      parentPort!.postMessage({ ok: true });
      parentPort!.once('message', () => {
        held.stop();
        parentPort!.close();
      });
    },
    (e: unknown) => parentPort!.postMessage({ ok: false, error: String(e) }),
  );
}
