import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/server/readJsonBody';
import { startHost, type Host } from '../helpers/browserHost';
import { dumpDatabase, seedRichWorkshop } from '../helpers/workshopFileFixtures';

const NAME = 'กลุ่มเลี้ยงปลาในกระชัง';
let host: Host;
let id: string;

beforeAll(async () => {
  host = await startHost();
  id = await seedRichWorkshop(host.services, NAME);
});
afterAll(async () => host?.cleanup());

/**
 * A POST on a connection of its own: a reused keep-alive connection can be closed by the host's idle
 * timer just as a large request starts on it, which would test the timer, not the limit.
 */
function post(channel: string, body: string): Promise<{ status: number; json(): Promise<any> }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      `${host.url}/api/${channel}`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: async () => JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        res.on('error', reject);
      },
    );
    // The host may answer 413 and close before the whole body is sent; the answer is what counts.
    req.on('error', (e) => (answered ? undefined : reject(e)));
    req.end(body);
  });
}

describe('workshop files over the browser host', () => {
  it('GET /api/workshop-file/<id> downloads the file under the workshop name; a wrong id is refused', async () => {
    const res = await fetch(`${host.url}/api/workshop-file/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${NAME}.cbmc`)}`);
    expect(JSON.parse(await res.text())).toMatchObject({ format: 'cbmc-workshop', workshop: { id, name: NAME } });

    const missing = await fetch(`${host.url}/api/workshop-file/wnothere`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain('does not exist');
    const bad = await fetch(`${host.url}/api/workshop-file/${encodeURIComponent('../../etc')}`);
    expect(bad.status).toBe(400);
  });

  it('only the import channel takes a body larger than the usual limit', async () => {
    const file = await (await fetch(`${host.url}/api/workshop-file/${id}`)).text();
    // JSON allows trailing whitespace: a valid file made larger than any other request may be.
    const big = JSON.stringify({ text: file + ' '.repeat(MAX_BODY_BYTES + 1024) });
    const before = dumpDatabase(host.dataDir);

    const res = await post('workshopFile.import', big);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.value).toMatchObject({ imported: true, workshop: { name: NAME } });
    expect(body.value.workshop.id).not.toBe(id);

    // Last: the host answers before reading such a body, so that connection is not reused.
    const imported = dumpDatabase(host.dataDir);
    const other = await post('workshops.list', JSON.stringify({ padding: ' '.repeat(MAX_BODY_BYTES + 1024) }));
    expect(other.status).toBe(413);
    expect(dumpDatabase(host.dataDir)).toBe(imported);
    expect(imported).not.toBe(before);
  });
});
