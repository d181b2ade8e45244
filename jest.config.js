// Two projects: fast unit specs beside the code, and integration/e2e suites under test/
// that talk to the real RabbitMQ and Postgres (see test/support/environment.ts).
const moduleNameMapper = {
  '^@newswire/(contracts|messaging|persistence|config|extraction|nlp|stage-runtime)$': '<rootDir>/libs/$1/src',
};
const transform = { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] };
module.exports = {
  testTimeout: 120000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'], testMatch: ['**/*.spec.ts'], transform, moduleNameMapper },
    { displayName: 'integration', testEnvironment: 'node', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e-spec.ts', '**/*.int-spec.ts'], transform, moduleNameMapper },
  ],
};
