import { ContractViolation } from '@newswire/contracts';
import { parseJsonMessage } from './amqp-stage.transport';

describe('parseJsonMessage', () => {
  it('parses a UTF-8 JSON body, multi-byte characters included, and one that opens with a byte-order mark', () => {
    expect(parseJsonMessage(Buffer.from('{"title":"Pyongyang – 평양"}'))).toEqual({ title: 'Pyongyang – 평양' });
    expect(parseJsonMessage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]))).toEqual({ a: 1 });
  });

  it('refuses bytes that are not UTF-8 and text that is not JSON, saying which', () => {
    const latin1 = Buffer.from('{"title":"Café"}', 'latin1');
    expect(() => parseJsonMessage(latin1)).toThrow(ContractViolation);
    expect(() => parseJsonMessage(latin1)).toThrow(/not valid UTF-8/);
    expect(() => parseJsonMessage(Buffer.from('{"a":'))).toThrow(/malformed JSON/);
  });
});
