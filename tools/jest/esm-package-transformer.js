// Jest's module loader cannot require() an ES module on Node 20 (only on 24.9+), and this CommonJS
// project depends on ESM-only packages (@nestjs/* 12, htmlparser2 12, entities 9, ...). Node itself
// loads them through require(esm); under Jest, this turns them into CommonJS first.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      format: 'cjs',
      loader: 'js',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: filename,
      // import.meta does not exist in CommonJS: give it this file's URL, as Node would.
      define: { 'import.meta.url': '__esmPackageFileUrl' },
      banner: "const __esmPackageFileUrl = require('url').pathToFileURL(__filename).href;",
    });
    return { code, map };
  },
};
