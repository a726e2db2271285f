import { createHmac } from 'node:crypto';
import { inboundSignature, inboundSignatureProblem, signInbound } from './inbound-signature';

const SECRET = 'shh';
const NOW = new Date('2026-03-02T06:30:00.000Z');
const TS = String(NOW.getTime() / 1000);
const BODY = Buffer.from('{"events":[{"attemptId":"att_1","event":"ringing"}]}');

const check = (over: { timestamp?: string; signature?: string; rawBody?: Buffer } = {}, now = NOW) =>
  inboundSignatureProblem(
    SECRET,
    { timestamp: TS, signature: inboundSignature(SECRET, TS, BODY), rawBody: BODY, ...over },
    now,
  );

describe('inbound signatures (SPEC §9)', () => {
  it('is sha256= + the hex HMAC-SHA256 of "<timestamp>.<raw body>" under the secret', () => {
    const expected = createHmac('sha256', SECRET).update(`${TS}.${BODY.toString()}`).digest('hex');
    expect(inboundSignature(SECRET, TS, BODY)).toBe(`sha256=${expected}`);
    expect(signInbound(SECRET, BODY, NOW)).toEqual({ 'X-Timestamp': TS, 'X-Signature': `sha256=${expected}` });
  });

  it('accepts the right signature, upper-case hex too, up to 300 s either way', () => {
    expect(check()).toBeUndefined();
    expect(check({ signature: `sha256=${inboundSignature(SECRET, TS, BODY).slice(7).toUpperCase()}` })).toBeUndefined();
    for (const s of [-300, 300]) {
      const ts = String(Number(TS) + s);
      expect(check({ timestamp: ts, signature: inboundSignature(SECRET, ts, BODY) })).toBeUndefined();
    }
  });

  it('names what is wrong: missing, malformed, stale, mismatch', () => {
    expect(check({ timestamp: undefined })).toBe('missing');
    expect(check({ signature: '' })).toBe('missing');
    expect(inboundSignatureProblem(SECRET, { timestamp: [TS, TS], signature: 'x', rawBody: BODY }, NOW)).toBe(
      'missing',
    );
    expect(check({ timestamp: '2026-03-02T06:30:00Z' })).toBe('malformed');
    expect(check({ signature: 'sha1=abc' })).toBe('malformed');
    const late = String(Number(TS) + 301);
    expect(check({ timestamp: late, signature: inboundSignature(SECRET, late, BODY) })).toBe('stale');
    expect(check({}, new Date(NOW.getTime() - 301_000))).toBe('stale');
    expect(check({ rawBody: Buffer.from(`${BODY.toString()} `) })).toBe('mismatch');
    expect(check({ rawBody: undefined })).toBe('mismatch');
    // The timestamp is signed: moving it (still within 300 s) breaks the signature.
    expect(check({ timestamp: String(Number(TS) + 1) })).toBe('mismatch');
    expect(check({ signature: inboundSignature('other', TS, BODY) })).toBe('mismatch');
  });
});
