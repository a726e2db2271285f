import { QueryFailedError } from 'typeorm';
import { DeadlineError } from './deadline';
import { isDependencyUnavailable } from './unavailable';

describe('isDependencyUnavailable', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });

  it('recognises connection failures of mysql2 (raw or wrapped by TypeORM), ioredis and our deadlines', () => {
    expect(isDependencyUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDependencyUnavailable(withCode('PROTOCOL_CONNECTION_LOST'))).toBe(true);
    expect(isDependencyUnavailable(new QueryFailedError('SELECT 1', [], withCode('ECONNRESET')))).toBe(true);
    expect(isDependencyUnavailable(Object.assign(new Error('x'), { name: 'MaxRetriesPerRequestError' }))).toBe(true);
    expect(isDependencyUnavailable(new DeadlineError('Enqueueing batches', 3000))).toBe(true);
  });

  it('leaves every other error a 500', () => {
    expect(isDependencyUnavailable(new QueryFailedError('SELECT', [], withCode('ER_PARSE_ERROR')))).toBe(false);
    expect(isDependencyUnavailable(withCode('ER_DUP_ENTRY'))).toBe(false);
    expect(isDependencyUnavailable(new Error('boom'))).toBe(false);
    expect(isDependencyUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDependencyUnavailable(null)).toBe(false);
  });
});
