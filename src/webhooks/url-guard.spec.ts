import { checkUrl, isPublicAddress, urlFormProblem } from './url-guard';

describe('webhook URL guard', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '64:ff9b:1::a00:1',
    '::127.0.0.1',
    '::a00:1',
    '2002:7f00:1::1',
    '2002:a00:1::',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    'fec0::1',
    'feff::1',
    '192.88.99.1',
    'not-an-ip',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '2001:4860:4860::8888',
    '2003::1',
  ])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('wants https and no credentials unless private URLs are allowed', () => {
    expect(urlFormProblem('http://example.com/x', false)).toBe('url must use https');
    expect(urlFormProblem('http://example.com/x', true)).toBeUndefined();
    expect(urlFormProblem('ftp://example.com/x', true)).toBe('url must use https');
    expect(urlFormProblem('https://u:p@example.com/x', false)).toBe('url must not carry credentials');
    expect(urlFormProblem('example.com', false)).toBe('url must be an absolute URL');
  });

  it('checks every address a name resolves to (localhost is loopback)', async () => {
    await expect(checkUrl('https://localhost/x', false)).rejects.toThrow(/localhost resolves to (127\.0\.0\.1|::1)/);
    await expect(checkUrl('https://localhost/x', true)).resolves.toBeUndefined();
    await expect(checkUrl('https://[fe80::1]/x', false)).rejects.toThrow('fe80::1 is not');
  });
});
