import { bearerToken, presentedApiKey, presentedOrganizationId } from './credentials';

const KEY = `oak_AAAAAAAAAAAA_${'a'.repeat(43)}`;
const OTHER = `oak_BBBBBBBBBBBB_${'b'.repeat(43)}`;

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['  Bearer abc  ', 'abc'],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    ['bearer abc', undefined],
    ['Basic abc', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('presentedApiKey', () => {
  it.each([
    ['the bearer alone', { authorization: `Bearer ${KEY}` }, { kind: 'key', key: KEY }],
    ['x-api-key alone', { 'x-api-key': KEY }, { kind: 'key', key: KEY }],
    ['x-api-key with spaces around it', { 'x-api-key': ` ${KEY} ` }, { kind: 'key', key: KEY }],
    ['both, the same key', { authorization: `Bearer ${KEY}`, 'x-api-key': KEY }, { kind: 'key', key: KEY }],
    ['both, different keys', { authorization: `Bearer ${KEY}`, 'x-api-key': OTHER }, { kind: 'invalid' }],
    [
      'a non-bearer Authorization beside x-api-key',
      { authorization: 'Basic abc', 'x-api-key': KEY },
      { kind: 'invalid' },
    ],
    ['a bearer without a token', { authorization: 'Bearer ' }, { kind: 'none' }],
    [
      'a bearer without a token beside x-api-key',
      { authorization: 'Bearer', 'x-api-key': KEY },
      { kind: 'key', key: KEY },
    ],
    ['a malformed bearer', { authorization: 'Bearer a b' }, { kind: 'invalid' }],
    ['an empty x-api-key', { 'x-api-key': '' }, { kind: 'none' }],
    [
      'an empty x-api-key beside the bearer',
      { authorization: `Bearer ${KEY}`, 'x-api-key': ' ' },
      { kind: 'key', key: KEY },
    ],
    ['nothing', {}, { kind: 'none' }],
  ])('%s', (_label, headers, expected) => {
    expect(presentedApiKey(headers)).toEqual(expected);
  });
});

describe('presentedOrganizationId', () => {
  it.each([
    [{ 'x-org-id': 'org_abc' }, 'org_abc'],
    [{ 'x-org-id': ' org_abc ' }, 'org_abc'],
    [{ 'x-org-id': '' }, undefined],
    [{}, undefined],
  ])('%j → %j', (headers, expected) => {
    expect(presentedOrganizationId(headers)).toBe(expected);
  });
});
