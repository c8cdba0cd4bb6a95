const { execSync } = require('child_process');

function cloneCommand(repo, dir) {
  return 'git clone ' + repo + ' ' + dir;
}

const [repo, dir = 'checkout'] = process.argv.slice(2);
execSync(cloneCommand(repo, dir), { stdio: 'inherit' });
