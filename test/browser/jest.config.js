// The browser suite (npm run test:browser): its own Jest config, so `npm test` does not need a
// browser. Same TypeScript set-up as the integration suites; Chromium from install-chromium.sh.
const path = require('path');
const base = require('../../jest.config');
const integration = base.projects.find((project) => project.displayName === 'integration');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testTimeout: base.testTimeout,
  projects: [
    {
      ...integration,
      rootDir: path.resolve(__dirname, '../..'),
      displayName: 'browser',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
    },
  ],
};
