#!/usr/bin/env node
// Usage: pdf-merge <out.pdf> <in1.pdf> <in2.pdf> ...
// Writes the list of inputs to a temporary file and calls qpdf with it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length < 2) {
  console.error('usage: pdf-merge <out.pdf> <in...>');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-merge-'));
const listFile = path.join(dir, 'inputs.txt');
fs.writeFileSync(listFile, inputs.join('\n'), { mode: 0o600, flag: 'wx' });

const args = ['--empty', '--pages', ...fs.readFileSync(listFile, 'utf8').split('\n'), '--', out];
const r = spawnSync('qpdf', args, { stdio: 'inherit' });
fs.rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
