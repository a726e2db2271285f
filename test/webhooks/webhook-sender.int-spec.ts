import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { sendSigned } from '../../src/webhooks/webhook.sender';
import { newSecret } from '../../src/webhooks/webhooks.service';

/**
 * One signed try against a real server on loopback: the guarded lookup refuses a name that
 * resolves to a private address unless allowed, redirects are not followed, the timeout holds.
 */
describe('sendSigned', () => {
  let server: http.Server;
  let port: number;
  const seen: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  let reply: (res: http.ServerResponse) => void = (res) => res.writeHead(204).end();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        reply(res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const secret = newSecret();
  const request = (url: string) => ({
    url,
    messageId: 'msg_test',
    signedAt: new Date(),
    body: '{"type":"attempt.outcome","timestamp":"2026-03-02T06:31:00.000Z","data":{}}',
    secrets: [secret],
  });

  it('posts a body the standardwebhooks package verifies, through a name resolved by the guarded lookup', async () => {
    seen.length = 0;
    const result = await sendSigned(request(`http://localhost:${port}/hook`), 5000, true);
    expect(result).toEqual({ statusCode: 204 });
    expect(seen).toHaveLength(1);
    const h = seen[0].headers as Record<string, string>;
    expect(new Webhook(secret).verify(seen[0].body, h)).toMatchObject({ type: 'attempt.outcome' });
    expect(h['webhook-id']).toBe('msg_test');
  });

  it('refuses a name that resolves to loopback when private URLs are not allowed (nothing is sent)', async () => {
    seen.length = 0;
    const result = await sendSigned(request(`http://localhost:${port}/hook`), 5000, false);
    expect(result.statusCode).toBeUndefined();
    expect(result.error).toMatch(/localhost resolves to a non-public address/);
    const literal = await sendSigned(request(`http://127.0.0.1:${port}/hook`), 5000, false);
    expect(literal).toEqual({ error: '127.0.0.1 is not a public address' });
    expect(seen).toHaveLength(0);
  });

  it('does not follow a redirect, and gives up after the timeout', async () => {
    reply = (res) => res.writeHead(302, { Location: 'http://169.254.169.254/' }).end();
    expect(await sendSigned(request(`http://127.0.0.1:${port}/hook`), 5000, true)).toEqual({ statusCode: 302 });
    reply = () => undefined; // never answers
    const slow = await sendSigned(request(`http://127.0.0.1:${port}/hook`), 200, true);
    expect(slow).toEqual({ error: 'No answer within 200 ms' });
  });
});
