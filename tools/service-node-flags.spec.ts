import { readFileSync } from 'fs';
import * as path from 'path';
import SERVICE_ENVIRONMENT from './service-environment.json';
import SERVICE_NODE_FLAGS from './service-node-flags.json';

const dockerfile = readFileSync(path.join(__dirname, '..', 'Dockerfile'), 'utf8');

// npm start and the test harness read the flags and the environment from the JSON files; the image cannot
// (its ENV is set at build time), so the Dockerfile writes them out again: this keeps the two from drifting apart.
describe("the services' V8 flags", () => {
  it('are the same in the image as in tools/service-node-flags.json', () => {
    const nodeOptions = dockerfile
      .match(/^ENV NODE_OPTIONS=(.*)$/m)?.[1]
      .trim()
      .replace(/^"|"$/g, '');
    expect(nodeOptions?.split(/\s+/)).toEqual(SERVICE_NODE_FLAGS);
  });
});

describe("the services' malloc environment", () => {
  it('is the same in the image as in tools/service-environment.json', () => {
    const inImage: Record<string, string> = {};
    for (const [, assignments] of dockerfile.matchAll(/^ENV (MALLOC_.*)$/gm)) {
      for (const assignment of assignments.trim().split(/\s+/)) {
        const [name, value] = assignment.split('=');
        inImage[name] = value;
      }
    }
    expect(inImage).toEqual(SERVICE_ENVIRONMENT);
  });
});
