// Three projects: fast unit specs beside the code, integration/e2e suites under test/ that
// talk to the real RabbitMQ and Postgres (see test/support/test-environment.ts), and the chaos
// suite (test/chaos/), which restarts the machine's RabbitMQ and Postgres and so runs last
// (test/chaos/support/sequencer.js), in band.
const moduleNameMapper = {
  '^@newswire/(contracts|messaging|persistence|config|extraction|nlp|stage-runtime)$': '<rootDir>/libs/$1/src',
};
const transform = { '^.+\\.ts$': 'ts-jest' };
module.exports = {
  testTimeout: 120000,
  testSequencer: '<rootDir>/test/chaos/support/sequencer.js',
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools', '<rootDir>/bench'], testMatch: ['**/*.spec.ts'], transform, moduleNameMapper },
    { displayName: 'integration', testEnvironment: 'node', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e-spec.ts', '**/*.int-spec.ts'], transform, moduleNameMapper },
    { displayName: 'chaos', testEnvironment: 'node', roots: ['<rootDir>/test'], testMatch: ['**/*.chaos-spec.ts'], transform, moduleNameMapper },
  ],
};
