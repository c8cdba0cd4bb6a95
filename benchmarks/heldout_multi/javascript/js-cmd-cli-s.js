const { execFileSync } = require('child_process');

function cloneArgs(repo, dir) {
  return ['clone', '--', repo, dir];
}

const [repo, dir = 'checkout'] = process.argv.slice(2);
execFileSync('git', cloneArgs(repo, dir), { stdio: 'inherit' });
