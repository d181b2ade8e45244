import { gunzipSync, gzipSync } from 'zlib';

// A small container format for the model: gzip( u32 headerLength | JSON header | aligned arrays ).
type Arr = Float32Array | Int16Array | Int8Array | Uint32Array | Int32Array | Uint8Array;
const CTORS = { Float32Array, Int16Array, Int8Array, Uint32Array, Int32Array, Uint8Array } as const;
type Kind = keyof typeof CTORS;

export interface ModelBundle {
  meta: Record<string, unknown>;
  arrays: Record<string, Arr>;
}

export function encodeBundle(bundle: ModelBundle): Buffer {
  const entries = Object.entries(bundle.arrays);
  const index: Array<{ name: string; kind: Kind; length: number; offset: number }> = [];
  let offset = 0;
  for (const [name, a] of entries) {
    offset = (offset + 7) & ~7;
    index.push({ name, kind: a.constructor.name as Kind, length: a.length, offset });
    offset += a.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ meta: bundle.meta, index }), 'utf8');
  const base = (4 + header.length + 7) & ~7;
  const buf = Buffer.alloc(base + offset);
  buf.writeUInt32LE(header.length, 0);
  header.copy(buf, 4);
  entries.forEach(([, a], k) => {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, base + index[k].offset);
  });
  return gzipSync(buf, { level: 9 });
}

export function decodeBundle(gz: Buffer): ModelBundle {
  const raw = gunzipSync(gz);
  // Copy into a fresh, 8-aligned ArrayBuffer so typed views need no further copies.
  const ab = new ArrayBuffer(raw.length);
  new Uint8Array(ab).set(raw);
  const view = Buffer.from(ab);
  const hlen = view.readUInt32LE(0);
  const { meta, index } = JSON.parse(view.toString('utf8', 4, 4 + hlen)) as {
    meta: Record<string, unknown>;
    index: Array<{ name: string; kind: Kind; length: number; offset: number }>;
  };
  const base = (4 + hlen + 7) & ~7;
  const arrays: Record<string, Arr> = {};
  for (const e of index) arrays[e.name] = new CTORS[e.kind](ab, base + e.offset, e.length);
  return { meta, arrays };
}
