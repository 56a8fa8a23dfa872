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

const post = (channel: string, body: string) =>
  fetch(`${host.url}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

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

    const other = await post('workshops.list', JSON.stringify({ padding: ' '.repeat(MAX_BODY_BYTES + 1024) }));
    expect(other.status).toBe(413);
    expect(dumpDatabase(host.dataDir)).toBe(before);

    const res = await post('workshopFile.import', big);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.value).toMatchObject({ imported: true, workshop: { name: NAME } });
    expect(body.value.workshop.id).not.toBe(id);
  });
});
