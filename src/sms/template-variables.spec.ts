import { parseTemplate, render } from './template-variables';

describe('parseTemplate', () => {
  it('reads variables in order of first appearance, without duplicates', () => {
    const body = 'Hi {{first_name}}, EMI {{ emi_amount }} due {{emi_due_date}}. Thanks {{ first_name }}';
    expect(parseTemplate(body)).toEqual({ variables: ['first_name', 'emi_amount', 'emi_due_date'], errors: [] });
  });

  it('allows any whitespace inside the braces', () => {
    expect(parseTemplate('{{\tloan_id \n}}').variables).toEqual(['loan_id']);
  });

  it('finds no variables in plain text, single braces or a lone closing pair', () => {
    expect(parseTemplate('Pay {now} or }} later')).toEqual({ variables: [], errors: [] });
  });

  it('keeps the case of names and accepts a leading underscore', () => {
    expect(parseTemplate('{{_ref}} {{EMI}} {{emi}}').variables).toEqual(['_ref', 'EMI', 'emi']);
  });

  it.each([
    ['{{first name}}', 'body has an invalid placeholder: {{first name}}'],
    ['{{}}', 'body has an invalid placeholder: {{}}'],
    ['{{   }}', 'body has an invalid placeholder: {{   }}'],
    ['{{1st}}', 'body has an invalid placeholder: {{1st}}'],
    ['{{emi-amount}}', 'body has an invalid placeholder: {{emi-amount}}'],
    ['{{{x}}}', 'body has an invalid placeholder: {{{x}}'],
    [`{{${'a'.repeat(65)}}}`, `body has an invalid placeholder: {{${'a'.repeat(65)}}}`],
  ])('reports %j as an invalid placeholder', (body, error) => {
    expect(parseTemplate(body).errors).toEqual([error]);
  });

  it('reports an unclosed placeholder, quoting a bounded snippet', () => {
    expect(parseTemplate('Hi {{first_name').errors).toEqual(['body has an unclosed placeholder: {{first_name']);
    const long = `{{${'x'.repeat(100)}`;
    expect(parseTemplate(long).errors).toEqual([`body has an unclosed placeholder: {{${'x'.repeat(22)}…`]);
  });

  it('reports every bad placeholder and still reads the good ones', () => {
    const parsed = parseTemplate('{{a b}} {{ok}} {{}} {{c', 'text');
    expect(parsed).toEqual({
      variables: ['ok'],
      errors: [
        'text has an invalid placeholder: {{a b}}',
        'text has an invalid placeholder: {{}}',
        'text has an unclosed placeholder: {{c',
      ],
    });
  });
});

describe('render', () => {
  it('replaces every placeholder, with or without inner whitespace', () => {
    const text = render('Hi {{ first_name }}, pay {{emi_amount}} by {{emi_due_date}}, {{first_name}}.', {
      first_name: 'Asha',
      emi_amount: '4242',
      emi_due_date: '2026-03-05',
    });
    expect(text).toBe('Hi Asha, pay 4242 by 2026-03-05, Asha.');
  });

  it('renders a missing value as empty text and never reads inherited keys', () => {
    // `constructor` is a reserved name: not a placeholder (parseTemplate refuses it), left as text.
    expect(render('[{{missing}}][{{constructor}}][{{toString}}]', {})).toBe('[][{{constructor}}][]');
    expect(parseTemplate('Hi {{constructor}}').errors).toEqual(['body has an invalid placeholder: {{constructor}}']);
  });

  it('does not re-expand placeholders found inside values', () => {
    expect(render('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B');
  });

  it('keeps text, invalid placeholders and unclosed braces as written', () => {
    expect(render('Pay {now} }} {{a b}} {{x}} {{tail', { x: 'X' })).toBe('Pay {now} }} {{a b}} X {{tail');
  });
});
