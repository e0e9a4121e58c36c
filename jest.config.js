// Three tiers: unit specs beside the code, integration and end-to-end specs against real Kafka
// and Redis (provisioned once for the run by test/global-setup.ts unless given in the environment).
const { readFileSync } = require('node:fs');
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;
const transform = { '^.+\\.(t|j)s$': ['@swc/jest', { ...swc, swcrc: false }] };
const moduleNameMapper = { '^@sijill/(.*)$': '<rootDir>/libs/$1/src' };
// ESM-only packages the code requires (Node 20.19+ loads them natively; jest needs them transformed).
const esmPackages = ['normalize-url', 'franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];
const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  moduleNameMapper,
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // The Redis adapters' specs once more, against a three-master Redis Cluster started locally.
      ...shared,
      displayName: 'redis-cluster',
      testMatch: ['<rootDir>/libs/redis/src/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/redis-cluster-setup.ts',
      globalTeardown: '<rootDir>/test/redis-cluster-teardown.ts',
    },
  ],
};
