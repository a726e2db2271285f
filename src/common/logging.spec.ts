import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerParams } from './logging';

describe('loggerParams', () => {
  it('never writes the credentials a request carries (Authorization, x-api-key)', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const params = loggerParams('info').pinoHttp as { redact: pino.LoggerOptions['redact'] };
    const logger = pino({ redact: params.redact }, sink);
    logger.info({
      req: { headers: { authorization: 'Bearer oak_secret', 'x-api-key': 'oak_secret', 'x-org-id': 'org_1' } },
    });
    expect(lines.join('')).not.toContain('oak_secret');
    expect(JSON.parse(lines[0]).req.headers).toEqual({
      authorization: '[redacted]',
      'x-api-key': '[redacted]',
      'x-org-id': 'org_1',
    });
  });
});
