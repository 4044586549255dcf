#!/usr/bin/env node
// `npm start`: runs the built bot, dist/src/index.js, and builds nothing. A production host installs
// without devDependencies (no TypeScript), so the build is a step of its own, before:
//
//   npm ci --include=dev && npm run build && npm prune --omit=dev && npm start
//
// Plain Node, no dependencies. Without dist/ it says so in one line instead of a stack trace.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'src', 'index.js');
if (!fs.existsSync(entry)) {
  console.error(
    'SAV-boten is not built: dist/src/index.js is missing. Build it once with the devDependencies installed: ' +
      'npm ci --include=dev && npm run build (then npm prune --omit=dev may drop them), and npm start again.',
  );
  process.exit(1);
}
require(entry);
