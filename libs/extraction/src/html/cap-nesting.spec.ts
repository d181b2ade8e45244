import { capNesting } from './cap-nesting';

describe('capNesting', () => {
  it('drops open tags past the limit and their closing tags, keeping the text', () => {
    expect(capNesting('<div><div><div>x</div></div></div>', 2)).toBe('<div><div>x</div></div>');
  });

  it('leaves void elements, comments and script bodies alone', () => {
    const html = '<div><br><!-- <div><div> --><script>if (a<b) { "<div>" }</script>text</div>';
    expect(capNesting(html, 1)).toBe(html);
  });

  it('closes kept elements by name even after dropped ones', () => {
    expect(capNesting('<svg><g><g><g></svg><p>after</p>', 2)).toBe('<svg><g></svg><p>after</p>');
  });
});
