import { Topology } from '../topology/topology';
import { stageBrokerPermissions } from './broker-permissions';

describe('stage broker permissions', () => {
  const topology = new Topology('newswire');
  const reads = (stage: 'publish' | 'parse', name: string) => new RegExp(stageBrokerPermissions(topology, stage).read).test(name);

  it('lets a stage read its own queue, retry queues and live feed queues, and nothing of another stage', () => {
    expect(reads('publish', topology.queue('publish'))).toBe(true);
    expect(reads('publish', topology.retryQueue('publish', 1000))).toBe(true);
    expect(reads('publish', topology.liveQueue('publish', '0a1b2c3d4e5f'))).toBe(true);
    expect(reads('publish', topology.exchange)).toBe(true);
    expect(reads('parse', topology.liveQueue('publish', '0a1b2c3d4e5f'))).toBe(false);
    expect(reads('publish', topology.queue('parse'))).toBe(false);
    expect(reads('publish', topology.deadLetterQueue('publish'))).toBe(false);
    expect(reads('publish', `${topology.liveQueue('publish', 'ab')}.x`)).toBe(false);
  });
});
