import { buildDocument } from '../html/dom';
import { extractHtmlMetadata } from './html-metadata';

describe('extractHtmlMetadata date proposals', () => {
  it("proposes the day in the lead image's upload path, and nothing for an undated one", () => {
    const dated = buildDocument('<html><head><meta property="og:image" content="https://example.org/files/2016/05/04/report.png"></head><body></body></html>');
    expect(extractHtmlMetadata(dated, 'https://example.org/report/').dateProposals).toContainEqual({ source: 'image-url', value: '2016-05-04' });
    const undated = buildDocument('<html><head><meta property="og:image" content="https://example.org/img/report.png"></head><body></body></html>');
    expect(extractHtmlMetadata(undated, 'https://example.org/report/').dateProposals.filter((p) => p.source === 'image-url' && p.value)).toEqual([]);
  });
});
