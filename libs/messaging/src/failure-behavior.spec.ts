import { ContractViolation } from '@newswire/contracts';
import { PermanentFailure } from './errors';
import { failureBehavior, isPermanent } from './failure-behavior';

describe('failureBehavior', () => {
  it('dead-letters contract violations and permanent failures at once', () => {
    expect(failureBehavior(new ContractViolation(['payload.url: Invalid URL']))).toBe('dead-letter');
    expect(failureBehavior(new PermanentFailure('no article body could be extracted', 'NO_BODY'))).toBe('dead-letter');
  });

  it('holds the batch when the database is away, whether the driver error is direct or wrapped', () => {
    expect(failureBehavior(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('hold');
    expect(failureBehavior(Object.assign(new Error('query failed'), { driverError: { code: '57P01', message: 'terminating connection' } }))).toBe('hold');
  });

  it('retries everything else, including statement errors that are not about the connection', () => {
    expect(failureBehavior(new Error('handler bug'))).toBe('retry');
    expect(failureBehavior(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe('retry');
    expect(failureBehavior('a thrown string')).toBe('retry');
  });

  it('a permanent failure wins over a connection-looking message', () => {
    expect(failureBehavior(new PermanentFailure('Connection terminated by the upstream site'))).toBe('dead-letter');
    expect(isPermanent(new Error('Connection terminated'))).toBe(false);
  });
});
