import { heapUsedMbAfterGc } from '../../../../test/support/heap-after-gc';
import { classBits } from './class-names';

describe('class-name verdict cache', () => {
  it('keeps none of the pages whose class names it remembers', () => {
    const before = heapUsedMbAfterGc();
    for (let i = 0; i < 20; i++) {
      // A ~4 MB page per round; the class attribute is a substring of it, as the HTML parser hands it over.
      const page = `<div class="story-body-${i} byline-${Math.random()}">${'<p>text</p>'.repeat(200_000)}</div>`;
      classBits({ class: page.slice(12, page.indexOf('">')) });
    }
    // Pinned, the twenty pages would be some 40-80 MB.
    expect(heapUsedMbAfterGc() - before).toBeLessThan(15);
  });
});
