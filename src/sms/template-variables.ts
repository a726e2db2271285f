import { isFieldName } from '../common/field-name';

/**
 * SMS template placeholders: `{{name}}`, whitespace inside the braces allowed (`{{ first_name }}`),
 * the name a customer field name (src/common/field-name.ts). Single braces and a lone `}}` are text.
 */
type Token =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; raw: string; name: string }
  | { kind: 'unclosed'; raw: string };

const OPEN = '{{';
const CLOSE = '}}';
/** How much of an unclosed placeholder an error message quotes. */
const SNIPPET = 24;

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf(OPEN, at);
    if (open === -1) {
      tokens.push({ kind: 'text', text: body.slice(at) });
      break;
    }
    if (open > at) tokens.push({ kind: 'text', text: body.slice(at, open) });
    const close = body.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      tokens.push({ kind: 'unclosed', raw: body.slice(open) });
      break;
    }
    tokens.push({
      kind: 'placeholder',
      raw: body.slice(open, close + CLOSE.length),
      name: body.slice(open + OPEN.length, close).trim(),
    });
    at = close + CLOSE.length;
  }
  return tokens;
}

export interface ParsedTemplate {
  /** Placeholder names in order of first appearance, without duplicates. */
  variables: string[];
  /** One readable problem per bad placeholder, naming `field`; empty when the body is valid. */
  errors: string[];
}

export function parseTemplate(body: string, field = 'body'): ParsedTemplate {
  const variables: string[] = [];
  const errors: string[] = [];
  for (const token of tokenize(body)) {
    if (token.kind === 'unclosed') {
      const quoted = token.raw.length > SNIPPET ? `${token.raw.slice(0, SNIPPET)}…` : token.raw;
      errors.push(`${field} has an unclosed placeholder: ${quoted}`);
    } else if (token.kind === 'placeholder') {
      if (!isFieldName(token.name)) errors.push(`${field} has an invalid placeholder: ${token.raw}`);
      else if (!variables.includes(token.name)) variables.push(token.name);
    }
  }
  return { variables, errors };
}

/**
 * The text of a (valid) template for one customer. A variable without a value renders as empty
 * text: callers check required variables before sending. Anything that is not a valid
 * placeholder is kept as written.
 */
export function render(body: string, values: Record<string, string>): string {
  return tokenize(body)
    .map((token) => {
      if (token.kind === 'text') return token.text;
      if (token.kind === 'placeholder' && isFieldName(token.name)) {
        // Own keys only: `{{constructor}}` must not render Object.prototype.constructor.
        return Object.hasOwn(values, token.name) ? values[token.name] : '';
      }
      return token.raw;
    })
    .join('');
}
