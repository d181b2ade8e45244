/** The suite's checks: each printed as it is made, all counted in the result line. */

const results: Array<{ name: string; ok: boolean; detail: string }> = [];
export function check(name: string, ok: boolean, detail = ''): boolean {
  results.push({ name, ok, detail });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/** The suite's result line, as CI reads it, and whether the suite passed. */
export function summary(): { line: string; passed: boolean } {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  return { line: `tests: ${passed} passed, ${failed} failed`, passed: failed === 0 && passed > 0 };
}
