import { readFileSync } from 'fs';
import * as path from 'path';
import SERVICE_NODE_FLAGS from './service-node-flags.json';

// npm start and the test harness read the flags from the JSON file; the image cannot (NODE_OPTIONS is set at
// build time), so the Dockerfile writes them out again: this keeps the two from drifting apart.
describe("the services' V8 flags", () => {
  it('are the same in the image as in tools/service-node-flags.json', () => {
    const dockerfile = readFileSync(path.join(__dirname, '..', 'Dockerfile'), 'utf8');
    const nodeOptions = dockerfile
      .match(/^ENV NODE_OPTIONS=(.*)$/m)?.[1]
      .trim()
      .replace(/^"|"$/g, '');
    expect(nodeOptions?.split(/\s+/)).toEqual(SERVICE_NODE_FLAGS);
  });
});
