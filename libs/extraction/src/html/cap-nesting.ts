// htmlparser2 keeps its open-element stack with unshift, so each open tag costs time proportional to
// the depth: 100,000 nested elements take minutes. Pages that nest that deep are broken or hostile;
// this rewrites them with tags past a depth limit removed (their text stays), before parsing.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Closed implicitly by their next sibling: they never make the tree deeper in practice.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'rt', 'rp', 'tbody', 'thead', 'tfoot']);
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/gi;

/**
 * The markup with open tags beyond `maxDepth` (and as many unmatched closing tags) dropped.
 * `strict` counts every element (a table inside a cell nests even though cells close implicitly).
 */
export function capNesting(html: string, maxDepth: number, strict = false): string {
  const out: string[] = [];
  let last = 0;
  // Names of the kept open elements (never more than maxDepth).
  const open: string[] = [];
  let dropped = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (m[0].length === 0) {
      TOKEN.lastIndex++;
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || (!strict && SELF_CLOSING_SIBLINGS.has(name)) || m[4] === '/') continue;
    let keep = true;
    if (m[2] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      else if (dropped > 0) {
        dropped--;
        keep = false;
      }
    } else if (open.length >= maxDepth) {
      dropped++;
      keep = false;
    } else open.push(name);
    if (!keep) {
      out.push(html.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  out.push(html.slice(last));
  return out.join('');
}
