import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** MB of V8 heap in use after a full collection: what a spec's objects still keep alive. */
export function heapUsedMbAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}
