import { decodeCursor, encodeCursor } from './log-cursor';
import { dateInZone, formatInZone, parseTimeBound } from './log-time';

describe('parseTimeBound', () => {
  const iso = (text: string, zone = 'Asia/Kolkata') => {
    const b = parseTimeBound(text, zone);
    return b && [b.start.toISOString(), b.next.toISOString()];
  };

  it("reads a time without an offset in the zone given, whatever the machine's", () => {
    expect(iso('2026-03-02')).toEqual(['2026-03-01T18:30:00.000Z', '2026-03-02T18:30:00.000Z']);
    expect(iso('2026-03-02T09:00')).toEqual(['2026-03-02T03:30:00.000Z', '2026-03-02T03:31:00.000Z']);
    expect(iso('2026-03-02 09:00:05')).toEqual(['2026-03-02T03:30:05.000Z', '2026-03-02T03:30:06.000Z']);
    expect(iso('2026-03-02T09:00:05.25')).toEqual(['2026-03-02T03:30:05.250Z', '2026-03-02T03:30:05.260Z']);
    expect(iso('2026-03-08', 'America/New_York')).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });

  it('takes an explicit offset as written', () => {
    expect(iso('2026-03-02T09:00:00Z')).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T09:00:01.000Z']);
    expect(iso('2026-03-02T09:00:00-05:00')).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-02T14:00:01.000Z']);
  });

  it('refuses what is no time', () => {
    for (const text of ['', 'yesterday', '2026-02-30', '2026-03-02T25:00', '2026-03-02Z', '1772433000']) {
      expect([text, parseTimeBound(text, 'UTC')]).toEqual([text, null]);
    }
  });
});

describe('formatInZone', () => {
  it("prints the zone's offset at that instant", () => {
    const at = new Date('2026-03-02T19:00:00Z');
    expect(formatInZone(at, 'Asia/Kolkata')).toBe('2026-03-03T00:30:00.000+05:30');
    expect(formatInZone(at, 'UTC')).toBe('2026-03-02T19:00:00.000Z');
    expect(dateInZone(at, 'Asia/Kolkata')).toBe('2026-03-03');
    expect(dateInZone(at, 'America/New_York')).toBe('2026-03-02');
  });
});

describe('log cursors', () => {
  it('round-trip a position and a page; anything else is no cursor', () => {
    const cursor = { at: new Date('2026-03-02T06:30:00.123Z'), id: '412', page: 7 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const text of [
      '',
      '***',
      Buffer.from('1.2').toString('base64url'),
      Buffer.from('x.1.2').toString('base64url'),
    ]) {
      expect([text, decodeCursor(text)]).toEqual([text, null]);
    }
  });
});
