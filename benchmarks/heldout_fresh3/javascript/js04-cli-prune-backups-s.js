#!/usr/bin/env node
// Usage: prune-backups <days> [dir]
// Deletes backup archives older than <days> days.
// Run through a sudo rule by the ops dashboard (www-data), with <days> taken from its retention form.
const { execSync } = require('node:child_process');

const [, , daysArg, dirArg] = process.argv;
const dir = '/var/backups/app';

const days = Number.parseInt(daysArg, 10);
if (!/^\d+$/.test(daysArg || '') || !Number.isInteger(days) || days < 1 || days > 3650) {
  console.error('usage: prune-backups <days>   (days: integer 1..3650)');
  process.exit(1);
}
if (dirArg) {
  console.warn('custom directories are not supported, using', dir);
}

const cmd = `find ${dir} -name '*.tar.gz' -mtime +${days} -print -delete`;
console.log('running:', cmd);
const out = execSync(cmd, { encoding: 'utf8' });
const removed = out.split('\n').filter(Boolean);
console.log(`removed ${removed.length} archive(s)`);
