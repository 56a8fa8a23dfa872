import { performance } from 'node:perf_hooks';
import type { Services } from '../../electron/services/createServices';
import { percentile } from './frames';

/**
 * A workshop file out and back in, through the service as both hosts call it: the median of three
 * exports, then of three imports of that file (each a new workshop).
 */
export async function benchWorkshopFile(
  services: Services,
  workshopId: string,
): Promise<{ exportMs: number; importMs: number; bytes: number }> {
  const exports: number[] = [];
  let text = '';
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    text = (await services['workshopFile.export']({ id: workshopId as never })).text;
    exports.push(performance.now() - t0);
  }
  const imports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = await services['workshopFile.import']({ text });
    imports.push(performance.now() - t0);
    if (!r.imported) throw new Error(`the exported file was refused: ${JSON.stringify(r.problem)}`);
  }
  return { exportMs: percentile(exports, 50), importMs: percentile(imports, 50), bytes: Buffer.byteLength(text) };
}
