// Architectural boundaries, checked in CI (`npm run boundaries`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'libs/core holds the domain: no framework, no broker or store clients, no I/O modules.',
      severity: 'error',
      from: { path: '^libs/core/', pathNot: '\\.spec\\.ts$' },
      to: {
        path: [
          'node_modules/@nestjs/',
          'node_modules/kafkajs',
          'node_modules/ioredis',
          'node_modules/pino',
          'node_modules/rxjs',
          'node_modules/express',
          '^libs/(config|kafka|redis|logging|observability|testing)/',
          '^apps/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-no-io-builtins',
      comment: 'The core receives time, ids, randomness and data as arguments; it does no I/O.',
      severity: 'error',
      from: { path: '^libs/core/', pathNot: '\\.spec\\.ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|fs/promises|net|http|https|child_process|dgram|dns|os|cluster|worker_threads|process)$',
      },
    },
    {
      name: 'contracts-are-pure',
      severity: 'error',
      from: { path: '^libs/contracts/src/(?!generate/)' },
      to: {
        path: [
          'node_modules/@nestjs/',
          'node_modules/kafkajs',
          'node_modules/ioredis',
          '^libs/(?!contracts/)',
          '^apps/',
        ],
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-independent',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'only-config-reads-the-environment',
      comment:
        'Enforced by lint (no-restricted-properties on process.env) outside libs/config and test setup.',
      severity: 'error',
      from: { path: '^libs/(core|contracts)/' },
      to: { path: '^libs/config/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
