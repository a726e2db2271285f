import { parseTimestamp, readInboundList } from './inbound-events';

describe('inbound event fields', () => {
  it('takes ISO 8601 timestamps that carry a zone, and only real instants', () => {
    expect(parseTimestamp('2025-08-05T10:30:00+05:30')?.toISOString()).toBe('2025-08-05T05:00:00.000Z');
    expect(parseTimestamp('2025-08-05T05:00:00.123Z')?.toISOString()).toBe('2025-08-05T05:00:00.123Z');
    expect(parseTimestamp('2025-08-05T05:00Z')?.toISOString()).toBe('2025-08-05T05:00:00.000Z');
    expect(parseTimestamp('2025-08-05T10:30:00-0400')?.toISOString()).toBe('2025-08-05T14:30:00.000Z');
    for (const bad of [
      '2025-08-05T10:30:00',
      '2025-08-05',
      '2025-02-30T10:00:00Z',
      '2025-08-05T24:00:00Z',
      '1999-12-31T23:59:59Z',
      '1754380800',
      'yesterday',
    ]) {
      expect({ bad, at: parseTimestamp(bad) }).toEqual({ bad, at: undefined });
    }
  });

  it('reads null optional fields as absent and lists at most 50 problems', () => {
    const read = (body: unknown) =>
      readInboundList(body, 'events', (f) => {
        const id = f.required('attemptId', (k) => f.id(k));
        f.string('note', 10);
        return id;
      });
    expect(read({ events: [{ attemptId: 'a', note: null }], other: 1 })).toEqual(['a']);
    try {
      read({ events: Array.from({ length: 60 }, () => ({})) });
      throw new Error('expected a validation error');
    } catch (error) {
      const errors = (error as { errors: string[] }).errors;
      expect(errors).toHaveLength(51);
      expect(errors[0]).toBe('events[0].attemptId is required');
      expect(errors[50]).toBe('… and 10 more problems');
    }
  });
});
