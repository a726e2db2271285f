import { languageKey } from './customer-writer';

describe('languageKey', () => {
  const key = (s: string) => languageKey(s).toString('utf8');

  it('folds case only', () => {
    expect(key('HINDI')).toBe('hindi');
    expect(key('Español')).toBe('español');
    expect(key('ESPAÑOL')).toBe(key('español'));
  });

  it.each([
    ['an accent', 'español', 'espanol'],
    ['a zero-width space', 'hindi\u200b', 'hindi'],
    ['a trailing space', 'hindi ', 'hindi'],
    ['a decomposed accent', 'espan\u0303ol', 'español'],
    ['a soft hyphen', 'hin\u00addi', 'hindi'],
  ])('keeps %s: %j and %j stay apart', (_label, a, b) => {
    expect(languageKey(a).equals(languageKey(b))).toBe(false);
  });

  it('is the same in every locale, and fits the 128-byte column for any 32-character language', () => {
    expect(key('I')).toBe('i');
    expect(key('İ')).toBe('i\u0307');
    expect(languageKey('İ'.repeat(32)).length).toBeLessThanOrEqual(128);
    expect(languageKey('Ⱥ'.repeat(32)).length).toBeLessThanOrEqual(128);
  });
});
