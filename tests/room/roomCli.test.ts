import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { lanAddresses } from '../../electron/room/networkAddresses';
import type { RoomStatus } from '../../shared/contract/room';
import { killHard, startCliHost, type CliHost } from '../helpers/cliHost';
import { openSocket, rawRequest } from '../helpers/roomSocket';
import { tempDir } from '../helpers/tempDir';

const hosts: CliHost[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await killHard(h.proc);
  cleanups.splice(0).forEach((c) => c());
});

const fields = { name: 'กลุ่มแม่บ้าน', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

/** The addresses a process listens on (TCP), from `ss`: e.g. ['127.0.0.1:5178']. */
function listening(pid: number): string[] {
  const out = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => line.trim().split(/\s+/)[3]!)
    .sort();
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.once('connect', () => {
      c.destroy();
      resolve(false);
    });
    c.once('error', () => resolve(true));
  });
}

describe('npm run serve -- --room', () => {
  it('listens on the network only while a room is open, prints an address per LAN IPv4, and closes for good', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const host = await startCliHost(t.dir, 0, ['--room']);
    hosts.push(host);
    const workshopId = ((await host.call('workshops.create', { fields })).json.value as { id: string }).id;
    expect((await host.call('room.status', {})).json.value).toEqual({ room: null });
    const loopbackOnly = [`127.0.0.1:${new URL(host.url).port}`];
    expect(listening(host.proc.pid!)).toEqual(loopbackOnly);

    const room = (await host.call('room.open', { workshopId })).json.value as RoomStatus;
    const key = /\/r\/([\w-]+)\/ws$/.exec(room.facilitatorSocketUrl)![1]!;
    // Every address of this machine, as a phone would scan it; only read here, never connected to.
    const expected = lanAddresses().map((ip) => `http://${ip}:${room.port}/r/${key}`);
    expect(room.urls).toEqual(expected);
    await expect.poll(() => expected.every((u) => host.output().includes(`room: ${u}`))).toBe(true);
    expect(listening(host.proc.pid!)).toEqual([`0.0.0.0:${room.port}`, ...loopbackOnly].sort());

    // A phone's request names the LAN address in Host; it travels here through 127.0.0.1.
    const phoneHost = expected.length > 0 ? new URL(expected[0]!).host : `127.0.0.1:${room.port}`;
    expect((await rawRequest(room.port, 'GET', `/r/${key}/`, { host: phoneHost })).status).toBe(200);
    const phone = await openSocket(room.port, `/r/${key}/ws`, { host: phoneHost, origin: `http://${phoneHost}` });
    phone.send({ t: 'hello', protocol: 1, clientId: 'phone-0001-abcdef', name: 'มาลี', lastSeq: null });
    await phone.next((m) => m.t === 'welcome');
    // The browser host's own page may join as the facilitator; it stays on loopback.
    const facilitator = await openSocket(room.port, `/r/${key}/ws`, { origin: host.url });
    facilitator.ws.close();

    expect((await host.call('room.close', {})).json.value).toEqual({ closed: true });
    expect((await phone.closed).code).toBe(4000);
    expect(await refusesConnections(room.port)).toBe(true);
    expect(listening(host.proc.pid!)).toEqual(loopbackOnly);
    expect((await host.call('room.status', {})).json.value).toEqual({ room: null });
  });

  it('without --room, room.open is refused and nothing else listens', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const host = await startCliHost(t.dir);
    hosts.push(host);
    const workshopId = ((await host.call('workshops.create', { fields })).json.value as { id: string }).id;
    const res = await host.call('room.open', { workshopId });
    expect(res.status).toBe(400);
    expect(res.json.error!.message).toContain('npm run serve -- --room');
    expect(listening(host.proc.pid!)).toEqual([`127.0.0.1:${new URL(host.url).port}`]);
  });
});
