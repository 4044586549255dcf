#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (`node --cpu-prof`, e.g. from `BENCH_CPU_PROF=dir npm run bench -- lean`):
 * the busy time (idle and program excluded) by package, and the functions with the most self and
 * inclusive time.
 *
 *   node bench/cpuProfile.cjs <file.cpuprofile> [--under <regexp>] [--top <n>]
 *
 * `--under` counts only samples with a frame matching the regexp on their stack ("function url"), e.g.
 * `--under processActivity` for the turns only.
 */
const { readFileSync } = require('node:fs');

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: node bench/cpuProfile.cjs <file.cpuprofile> [--under <regexp>] [--top <n>]');
  process.exit(2);
}
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const under = opt('--under') ? new RegExp(opt('--under')) : null;
const top = Number(opt('--top') ?? 20);

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const frame = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url}:${n.callFrame.lineNumber + 1}`;
const short = (s) => s.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|dist)\//, '$1/');
const packageOf = (n) => {
  const url = n.callFrame.url;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (/\/(src|dist\/src)\//.test(url)) return '(SAV-boten)';
  if (url.startsWith('node:')) return '(node)';
  return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native/other)';
};
const stackOf = (id) => {
  const out = [];
  for (let x = id; x !== undefined; x = parent.get(x)) out.push(nodes.get(x));
  return out;
};

const self = new Map();
const inclusive = new Map();
const byPackage = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  const leaf = nodes.get(id);
  if (['(idle)', '(program)'].includes(leaf.callFrame.functionName)) return;
  const stack = stackOf(id);
  if (under && !stack.some((n) => under.test(frame(n)))) return;
  busy += dt;
  self.set(short(frame(leaf)), (self.get(short(frame(leaf))) ?? 0) + dt);
  // A sample counts once for a package: the innermost frame of ours or a library's, not node's internals.
  const owner = stack.find((n) => !['(node)', '(native/other)'].includes(packageOf(n))) ?? leaf;
  byPackage.set(packageOf(owner), (byPackage.get(packageOf(owner)) ?? 0) + dt);
  for (const key of new Set(stack.map((n) => short(frame(n))))) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
});

const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((t / busy) * 100).toFixed(1).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  }
};
console.log(`busy ${(busy / 1000).toFixed(0)} ms${under ? ` under /${under.source}/` : ''}`);
print('by package (innermost non-node frame)', byPackage);
print('self', self);
print('inclusive', inclusive);
