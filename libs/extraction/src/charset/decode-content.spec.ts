import * as iconv from 'iconv-lite';
import { decodeContent, looksBinary } from './decode-content';

describe('decodeContent', () => {
  it('uses the Content-Type charset', () => {
    expect(decodeContent(iconv.encode('Grüße', 'latin1'), 'text/html; charset=ISO-8859-1')).toBe('Grüße');
  });

  it('uses <meta charset> when the header says nothing', () => {
    const bytes = iconv.encode('<meta charset="windows-1251"><p>Привет, мир</p>', 'win1251');
    expect(decodeContent(bytes)).toContain('Привет, мир');
  });

  it('reads valid UTF-8 as UTF-8 when only the markup names a legacy charset (a page re-saved as UTF-8)', () => {
    const bytes = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Grüße aus Köln – “zitiert”</p>', 'utf8');
    expect(decodeContent(bytes)).toContain('Grüße aus Köln – “zitiert”');
  });

  it('keeps a legacy charset named in the markup when the bytes are not valid UTF-8', () => {
    const bytes = iconv.encode('<meta charset="iso-8859-1"><p>Grüße aus Köln</p>', 'latin1');
    expect(decodeContent(bytes)).toContain('Grüße aus Köln');
  });

  it('takes valid UTF-8 as UTF-8 and strips a BOM', () => {
    expect(decodeContent(Buffer.from('\ufeffcafé “quoted”', 'utf8'))).toBe('café “quoted”');
  });

  it('sniffs undeclared legacy bytes instead of producing replacement characters', () => {
    const text = 'Die Straßenbahn fährt über die Brücke, und die Fahrgäste schauen auf den schönen Dom in Köln. '.repeat(5);
    const out = decodeContent(iconv.encode(text, 'latin1'));
    expect(out).not.toContain('\ufffd');
    expect(out).toContain('Straßenbahn fährt über');
  });

  it('sniffs when a page claims UTF-8 but is not', () => {
    const out = decodeContent(iconv.encode('<meta charset="utf-8"><p>Größe und Höhe über alles, schön.</p>'.repeat(5), 'latin1'));
    expect(out).toContain('Größe und Höhe');
  });

  it('tells binary from text', () => {
    expect(looksBinary('hello\u0000world')).toBe(true);
    expect(looksBinary('plain text\nwith lines')).toBe(false);
  });
});
