// Architectural boundaries, checked in CI (`npm run boundaries`).

/**
 * Evaluation tools, by the roles their files are named for (as in libs/testing/src/reports and
 * bench): `evaluate-*`, `score-*`, `report-*`, `bench-*`, `soak*` and `*.report.ts`.
 */
const EVALUATION_TOOL = [
  '^libs/core/.*/(evaluate|score|report|bench)-[^/]*\\.ts$',
  '^libs/core/.*/soak[^/]*\\.ts$',
  '^libs/core/.*\\.report\\.ts$',
];
/** Test data: `*.fixture.ts` files and anything in a `fixtures/` folder. */
const FIXTURE = ['^libs/core/.*/fixtures/', '^libs/core/.*\\.fixture\\.ts$'];
const SPEC = '\\.spec\\.ts$';

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
          '^libs/(config|kafka|redis|logging|observability|runtime|testing)/',
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
      name: 'core-holds-no-evaluation-tools',
      comment:
        'libs/core holds the domain only: evaluation tools and reports (evaluate-, score-, report-, ' +
        'bench-, soak) live in libs/testing; none is written in libs/core or imported from it.',
      severity: 'error',
      from: { path: EVALUATION_TOOL, pathNot: SPEC },
      to: {},
    },
    {
      name: 'core-holds-no-stray-evaluation-tools',
      comment: 'The same, for an evaluation tool in libs/core that imports nothing.',
      severity: 'error',
      from: { path: EVALUATION_TOOL, pathNot: SPEC, orphan: true },
      to: {},
    },
    {
      name: 'nothing-imports-evaluation-from-core',
      severity: 'error',
      from: {},
      to: { path: EVALUATION_TOOL },
    },
    {
      name: 'core-ships-no-fixtures',
      comment:
        'Fixtures stay out of the production build: no production file of libs/core imports one, ' +
        'and libs/core holds no *.fixture.ts (specs read fixtures from libs/testing).',
      severity: 'error',
      from: { path: '^libs/core/', pathNot: SPEC },
      to: { path: FIXTURE },
    },
    {
      name: 'core-holds-no-fixture-modules',
      severity: 'error',
      from: { path: FIXTURE },
      to: {},
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
      comment:
        'No app imports another app: what two apps share is a library (libs/*), imported by its index.',
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
      name: 'global-setup-imports-no-path-alias',
      comment:
        "Jest's global set-up loads the test infrastructure and describeError without the path mapper: they import by relative path or from packages, never by an @sijill/* alias.",
      severity: 'error',
      from: {
        path: '^(libs/testing/src/infra/|libs/logging/src/describe-error\\.ts$|test/global-)',
      },
      to: { dependencyTypes: ['aliased-tsconfig'] },
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
