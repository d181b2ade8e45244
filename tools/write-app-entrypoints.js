#!/usr/bin/env node
// After `tsc` (rootDir "."), each app's code sits in dist/apps/<app>/src/. Write the
// conventional entry point dist/apps/<app>/main.js beside it, and copy library assets
// (trained models, data tables) into dist so compiled code finds them at the same
// relative path (`<lib>/assets`) as the sources do.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

for (const app of fs.readdirSync(path.join(root, 'apps'))) {
  const compiledMain = path.join(dist, 'apps', app, 'src', 'main.js');
  if (!fs.existsSync(compiledMain)) continue;
  fs.writeFileSync(path.join(dist, 'apps', app, 'main.js'), "'use strict';\nrequire('./src/main.js');\n");
}

for (const lib of fs.readdirSync(path.join(root, 'libs'))) {
  const assets = path.join(root, 'libs', lib, 'assets');
  if (!fs.existsSync(assets)) continue;
  fs.cpSync(assets, path.join(dist, 'libs', lib, 'assets'), { recursive: true });
}
