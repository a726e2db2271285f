/**
 * The import rules of docs/architecture.md, checked by `npm run check` (`npm run lint:imports`).
 * Type-only imports count: a rule is about what a folder knows, not only what it loads.
 */
const PIPELINE = '^src/(initiations|calls|sms|providers)/';
const CATALOGUE = '^src/(campaigns|customers|agents|dispositions|phone-numbers)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pipeline-knows-no-channel',
      comment: 'initiations/ is channel-agnostic: it knows calls and SMS only through its port (channel.port.ts).',
      severity: 'error',
      from: { path: '^src/initiations/' },
      to: { path: '^src/(calls|sms|providers)/' },
    },
    {
      name: 'channels-apart',
      comment: 'calls/ and sms/ never import each other: what they share lives in initiations/ or providers/.',
      severity: 'error',
      from: { path: '^src/(calls|sms)/' },
      to: { path: '^src/(calls|sms)/', pathNot: '^src/$1/' },
    },
    {
      name: 'provider-kit-knows-no-channel',
      comment: 'providers/ holds what the clients of every channel share; the clients live in their channel.',
      severity: 'error',
      from: { path: '^src/providers/' },
      to: { path: '^src/(calls|sms)/' },
    },
    {
      name: 'rules-know-no-pipeline',
      comment: 'contact-policy/ and targeting/ decide (fragments, reasons); the pipeline writes.',
      severity: 'error',
      from: { path: '^src/(contact-policy|targeting)/' },
      to: { path: PIPELINE },
    },
    {
      name: 'catalogue-knows-no-pipeline',
      comment: 'Catalogue modules are used by the pipeline, never the other way round (customers/ has a port).',
      severity: 'error',
      from: { path: CATALOGUE },
      to: { path: PIPELINE },
    },
    {
      name: 'pipeline-knows-no-webhooks',
      comment:
        'webhooks/ listens to the pipeline through its hook registries (OutcomeHooks, InitiationHooks, FollowUpHooks); the pipeline never knows it.',
      severity: 'error',
      from: { path: PIPELINE },
      to: { path: '^src/webhooks/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the checker cannot resolve could hide a forbidden one.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
