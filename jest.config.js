// Three projects: fast unit specs beside the code, integration/e2e suites under test/ that
// talk to the real RabbitMQ and Postgres (see test/support/test-environment.ts), and the chaos
// suite (test/chaos/), which restarts the machine's RabbitMQ and Postgres and so runs last
// (test/chaos/support/sequencer.js), in band.
const moduleNameMapper = {
  '^@newswire/(contracts|messaging|persistence|config|extraction|nlp|stage-runtime|metrics|tracing)$': '<rootDir>/libs/$1/src',
  '^@newswire/extraction/charset$': '<rootDir>/libs/extraction/src/charset',
};
// ESM-only packages (see tools/jest/esm-package-transformer.js); every other package is CommonJS.
const ESM_ONLY_PACKAGES = [
  '@nestjs',
  'htmlparser2',
  'entities',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'linkedom',
  'css-select',
  'css-what',
  'nth-check',
  'boolbase',
  'cssomnom',
  'uhyphen',
  '@ungap/structured-clone',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@borewit/text-codec',
];
const transform = {
  '^.+\\.ts$': 'ts-jest',
  'node_modules/.+\\.js$': '<rootDir>/tools/jest/esm-package-transformer.js',
};
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`];
module.exports = {
  testTimeout: 120000,
  testSequencer: '<rootDir>/test/chaos/support/sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools', '<rootDir>/bench'],
      testMatch: ['**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts', '**/*.int-spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'chaos',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.chaos-spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
};
