import { request } from 'node:http';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostGuard, localOrigins, startServer } from '../src/index.ts';

/** A raw request, so the Host header is what the test says (fetch would set its own). */
function get(port: number, host: string, target = '/'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('server lifecycle', () => {
  it('builds the app for the port it got, guards the host, and closes what it owns', async () => {
    let closed = false;
    const server = await startServer({
      hostname: '127.0.0.1',
      port: 0,
      app: ({ port }) => {
        const app = new Hono();
        app.use('*', hostGuard(localOrigins(port)));
        app.get('/', (c) => c.text('ok'));
        return app;
      },
      onClose: async () => {
        closed = true;
      },
    });
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(await get(server.port, `127.0.0.1:${server.port}`)).toBe(200);
    expect(await get(server.port, `localhost:${server.port}`)).toBe(200);
    expect(await get(server.port, 'evil.example')).toBe(421);
    expect(await get(server.port, `127.0.0.1:${server.port}`, `http://evil.example/`)).toBe(421);
    await Promise.all([server.close(), server.close()]);
    expect(closed).toBe(true);
    await expect(get(server.port, `127.0.0.1:${server.port}`)).rejects.toThrow();
  });
});
