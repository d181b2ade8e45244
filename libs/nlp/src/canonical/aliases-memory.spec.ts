import { heapUsedMbAfterGc } from '../../../../test/support/heap-after-gc';
import { canonicalName, entityId, normaliseSurface } from './aliases';

describe('alias caches', () => {
  it('keep none of the texts whose entity surfaces they remember', () => {
    canonicalName('PERSON', 'warm up the alias table');
    const before = heapUsedMbAfterGc();
    for (let i = 0; i < 20; i++) {
      const text = `Kim Kye-gwan number ${i} ${Math.random()} said. ${'More words follow here. '.repeat(150_000)}`;
      const surface = text.slice(0, text.indexOf(' said'));
      entityId('PERSON', canonicalName('PERSON', surface));
      normaliseSurface(surface);
    }
    // Pinned, the twenty texts would be some 70 MB.
    expect(heapUsedMbAfterGc() - before).toBeLessThan(15);
  });
});
