import { retryDelayProblems, retryProblems } from './retry-policy';

describe('retry policy (SPEC §10 follow-ups)', () => {
  const good = { on: ['no_answer', 'busy'], afterSeconds: 300, maxAttempts: 5 };

  it('accepts a policy of the channel', () => {
    expect(retryProblems(good, 'calls')).toEqual([]);
    expect(retryProblems({ on: ['undelivered', 'failed'], afterSeconds: 604800, maxAttempts: 1 }, 'sms')).toEqual([]);
  });

  it.each([
    [{ ...good, on: ['delivered'] }, 'sms', 'retry.on must contain only: undelivered, failed (got delivered)'],
    [
      { ...good, on: ['expired'] },
      'calls',
      'retry.on must contain only: no_answer, busy, voicemail, failed (got expired)',
    ],
    [{ ...good, on: 'no_answer' }, 'calls', 'retry.on must be a non-empty list of: no_answer, busy, voicemail, failed'],
    [{ ...good, on: [1] }, 'calls', 'retry.on must contain only: no_answer, busy, voicemail, failed (got 1)'],
    [{ ...good, afterSeconds: '300' }, 'calls', 'retry.afterSeconds must be an integer of at most 604800'],
    [{ ...good, afterSeconds: 604801 }, 'calls', 'retry.afterSeconds must be an integer of at most 604800'],
    [{ ...good, maxAttempts: 0 }, 'calls', 'retry.maxAttempts must be an integer from 1 to 5'],
    [{ ...good, maxAttempts: null }, 'calls', 'retry.maxAttempts must be an integer from 1 to 5'],
    [{ ...good, every: 2 }, 'calls', 'retry has unknown fields: every'],
    [[good], 'calls', 'retry must be an object {on, afterSeconds, maxAttempts}'],
    [null, 'sms', 'retry must be an object {on, afterSeconds, maxAttempts}'],
  ] as const)('%j on %s: %s', (value, channel, problem) => {
    expect(retryProblems(value, channel)).toContain(problem);
  });

  it('names every problem at once', () => {
    expect(retryProblems({ on: [], afterSeconds: 1.5 }, 'sms')).toEqual([
      'retry.on must be a non-empty list of: undelivered, failed',
      'retry.afterSeconds must be an integer of at most 604800',
      'retry.maxAttempts must be an integer from 1 to 5',
    ]);
  });

  it('the shortest delay is configuration', () => {
    expect(retryDelayProblems({ ...good, afterSeconds: 299 }, 300)).toEqual([
      'retry.afterSeconds must be at least 300',
    ]);
    expect(retryDelayProblems({ ...good, afterSeconds: 60 }, 60)).toEqual([]);
    expect(retryDelayProblems(undefined, 300)).toEqual([]);
  });
});
