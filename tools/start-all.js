#!/usr/bin/env node
// `npm start`: runs the four stage services as separate processes against the configured
// RabbitMQ and Postgres (AMQP_URL, DATABASE_URL, ...), prefixes their logs, and stops them
// all gracefully on Ctrl-C / SIGTERM. If one exits, the others are stopped too.
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
// V8 flags every service runs with (the Dockerfile sets the same through NODE_OPTIONS): an 8 MB semi-space
// instead of 16 keeps each service's peak RSS under load below 200 MB (docs/performance.md, Memory).
const nodeFlags = require('./service-node-flags.json');
// glibc malloc settings every service runs with (the Dockerfile sets the same; docs/performance.md, Memory):
// the process's own environment wins.
const serviceEnvironment = require('./service-environment.json');
const stages = ['ingest', 'parse', 'entity-extract', 'publish'];
const children = new Map();
let stopping = false;

for (const stage of stages) {
  const main = path.join(root, 'dist/apps', stage, 'main.js');
  if (!fs.existsSync(main)) {
    console.error(`newswire: ${main} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

function prefixLines(stream, stage, out) {
  let pending = '';
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) out.write(`[${stage.padEnd(14)}] ${line}\n`);
  });
}

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill(signal);
}

for (const stage of stages) {
  // The services write through a pipe here: on a terminal, ask them for pretty lines (LOG_FORMAT) as they would give it.
  const base = { ...serviceEnvironment, ...process.env };
  const env = process.stdout.isTTY && !process.env.LOG_FORMAT ? { ...base, LOG_FORMAT: 'pretty' } : base;
  const child = spawn(process.execPath, [...nodeFlags, path.join(root, 'dist/apps', stage, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(stage, child);
  prefixLines(child.stdout, stage, process.stdout);
  prefixLines(child.stderr, stage, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(stage);
    if (!stopping) {
      console.error(`newswire: ${stage} exited (${signal ?? code}); stopping the others`);
      process.exitCode = 1;
      stopAll('SIGTERM');
    }
    if (children.size === 0) process.exit(process.exitCode ?? 0);
  });
}

process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
