import { jsonShapeProblem } from '../common/http-hardening';
import { presentedAdminToken } from './queue-board';

describe('presentedAdminToken', () => {
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

  it('reads a Bearer token or the password of HTTP Basic (which may contain colons)', () => {
    expect(presentedAdminToken('Bearer abc.def')).toBe('abc.def');
    expect(presentedAdminToken(basic('ops:s3cr:et'))).toBe('s3cr:et');
    expect(presentedAdminToken(basic(':only-password'))).toBe('only-password');
  });

  it('reads nothing from anything else', () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer a b', basic('no-colon'), 'Basic !!!', 'Token abc']) {
      expect(presentedAdminToken(header)).toBeUndefined();
    }
  });
});

describe('jsonShapeProblem', () => {
  const nest = (depth: number): unknown => (depth === 0 ? 1 : { a: nest(depth - 1) });

  it('accepts up to 16 levels and lists of 100,000', () => {
    expect(jsonShapeProblem(nest(16))).toBeUndefined();
    expect(jsonShapeProblem({ ids: new Array(100_000).fill('x') })).toBeUndefined();
    expect(jsonShapeProblem('text')).toBeUndefined();
  });

  it('refuses deeper nesting and longer lists, in arrays as in objects', () => {
    expect(jsonShapeProblem(nest(17))).toMatch(/nested more than 16/);
    expect(jsonShapeProblem([[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]])).toMatch(/nested more than 16/);
    expect(jsonShapeProblem({ a: [{ b: new Array(100_001).fill(0) }] })).toMatch(/more than 100000 entries/);
  });
});
