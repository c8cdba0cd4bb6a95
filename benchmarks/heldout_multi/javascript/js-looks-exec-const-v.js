const { exec } = require('child_process');

const dir = process.argv[2] || '.';
exec('du -sh ' + dir, (err, stdout) => {
  if (err) throw err;
  console.log(stdout.trim());
});
