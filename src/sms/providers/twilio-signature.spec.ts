import { formParams, twilioSignature, validTwilioSignature } from './twilio-signature';

/**
 * Twilio's worked example (twilio.com/docs/usage/security, "Validating requests"; the same vector
 * is used by Twilio's helper libraries' tests): auth token 12345, this URL and these parameters
 * sign to 0/KCTR6DLpKmkAf8muzZqo1nDgQ=.
 */
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS: Array<[string, string]> = [
  ['CallSid', 'CA1234567890ABCDE'],
  ['Caller', '+12349013030'],
  ['Digits', '1234'],
  ['From', '+12349013030'],
  ['To', '+18005551212'],
];
const EXPECTED = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe("Twilio's request signature", () => {
  it("matches Twilio's documented example, whatever order the parameters arrive in", () => {
    expect(twilioSignature(TOKEN, URL, PARAMS)).toBe(EXPECTED);
    expect(twilioSignature(TOKEN, URL, [...PARAMS].reverse())).toBe(EXPECTED);
    expect(validTwilioSignature(TOKEN, EXPECTED, URL, PARAMS)).toBe(true);
  });

  it('reads the parameters from the raw form body, + and %2B decoded as Twilio encodes them', () => {
    const raw = Buffer.from(
      'To=%2B18005551212&CallSid=CA1234567890ABCDE&Digits=1234&From=%2B12349013030&Caller=%2B12349013030',
    );
    expect(validTwilioSignature(TOKEN, EXPECTED, URL, formParams(raw))).toBe(true);
    expect(formParams(Buffer.from('Body=hello+world&Empty='))).toEqual([
      ['Body', 'hello world'],
      ['Empty', ''],
    ]);
    expect(formParams(undefined)).toEqual([]);
  });

  it('refuses another token, URL, parameter value, or a missing signature', () => {
    expect(validTwilioSignature('54321', EXPECTED, URL, PARAMS)).toBe(false);
    expect(validTwilioSignature(TOKEN, EXPECTED, 'https://mycompany.com/myapp.php?foo=1&bar=3', PARAMS)).toBe(false);
    expect(validTwilioSignature(TOKEN, EXPECTED, URL, [...PARAMS.slice(0, 4), ['To', '+18005551213']])).toBe(false);
    expect(validTwilioSignature(TOKEN, EXPECTED, URL, [...PARAMS, ['Extra', '']])).toBe(false);
    expect(validTwilioSignature(TOKEN, undefined, URL, PARAMS)).toBe(false);
    expect(validTwilioSignature(TOKEN, '', URL, PARAMS)).toBe(false);
    expect(validTwilioSignature(TOKEN, EXPECTED.slice(0, -1), URL, PARAMS)).toBe(false);
  });

  it("accepts the URL signed with or without the scheme's default port, never another port", () => {
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
    expect(validTwilioSignature(TOKEN, twilioSignature(TOKEN, withPort, PARAMS), URL, PARAMS)).toBe(true);
    expect(validTwilioSignature(TOKEN, EXPECTED, withPort, PARAMS)).toBe(true);
    const other = 'https://mycompany.com:8443/myapp.php?foo=1&bar=2';
    expect(validTwilioSignature(TOKEN, twilioSignature(TOKEN, other, PARAMS), URL, PARAMS)).toBe(false);
  });
});
