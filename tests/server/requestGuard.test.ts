import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { startServer, type RunningServer } from '../../electron/server/createServer';
import { pdfRoute } from '../../electron/server/pdfRoute';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
let services: Services;
let server: RunningServer;
let port: number;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  services = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
  server = await startServer({ services, staticDir: path.join(ROOT, 'dist/renderer'), extraRoutes: pdfRoute(services.pdf) });
  port = Number(new URL(server.url).port);
  cleanup = t.cleanup;
});
afterAll(async () => {
  await server.close();
  services.close();
  cleanup();
});

/** A raw request to 127.0.0.1 with whatever Host and Origin a hostile page would send. */
function request(
  method: string,
  pathName: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } | null }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathName, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {
          /* a static page */
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const create = JSON.stringify({ fields: { name: 'ถูกสร้างจากหน้าเว็บอื่น', date: '2026-01-01' } });
const json = { 'content-type': 'application/json' };

describe('the browser host answers only its own page', () => {
  it('refuses DNS-rebinding requests with 403 and creates nothing', async () => {
    const evil = { ...json, host: `evil.example:${port}`, origin: `http://evil.example:${port}` };
    const list = await request('POST', '/api/workshops.list', evil, '{}');
    expect(list.status).toBe(403);
    expect(list.json?.error?.code).toBe('forbidden');
    expect(list.json?.error?.message).toMatch(/ปฏิเสธคำขอนี้.*evil\.example.*Nothing was changed/);
    const made = await request('POST', '/api/workshops.create', evil, create);
    expect(made.status).toBe(403);
    // Even without an Origin, a foreign Host is refused.
    const noOrigin = await request('POST', '/api/workshops.create', { ...json, host: `evil.example:${port}` }, create);
    expect(noOrigin.status).toBe(403);
    expect(await services['workshops.list']({})).toEqual([]);
  });

  it('refuses a foreign Origin that comes with the right Host', async () => {
    for (const origin of [`http://evil.example:${port}`, 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      const res = await request('POST', '/api/workshops.create', { ...json, host: `127.0.0.1:${port}`, origin }, create);
      expect(res.status, origin).toBe(403);
    }
    expect(await services['workshops.list']({})).toEqual([]);
  });

  it('refuses the PDF download route the same way', async () => {
    const res = await request('GET', '/api/pdf/p123', { host: `evil.example:${port}` });
    expect(res.status).toBe(403);
    const foreign = await request('GET', '/api/pdf/p123', { host: `127.0.0.1:${port}`, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    // Its own page gets past the guard (to "no such job").
    const own = await request('GET', '/api/pdf/p123', { host: `127.0.0.1:${port}` });
    expect(own.status).toBe(404);
  });

  it('answers its own page, under 127.0.0.1 and localhost, and keeps the JSON content-type check', async () => {
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await request('POST', '/api/workshops.create', { ...json, host: name, origin: `http://${name}` }, create);
      expect(res.status, name).toBe(200);
    }
    expect(await services['workshops.list']({})).toHaveLength(2);
    const simple = await request(
      'POST',
      '/api/workshops.create',
      { 'content-type': 'text/plain', host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` },
      create,
    );
    expect(simple.status).toBe(400);
    expect(await services['workshops.list']({})).toHaveLength(2);
  });

  it('will not bind to an address other machines can reach unless told to', async () => {
    // Refused before listening: nothing is ever bound to the network address.
    await expect(startServer({ services, staticDir: path.join(ROOT, 'dist/renderer'), host: '0.0.0.0' })).rejects.toThrow(
      /--allow-network/,
    );
    await expect(startServer({ services, staticDir: path.join(ROOT, 'dist/renderer'), host: '192.168.1.20' })).rejects.toThrow(
      /ไม่เปิดให้เครื่องอื่น/,
    );
  });
});
