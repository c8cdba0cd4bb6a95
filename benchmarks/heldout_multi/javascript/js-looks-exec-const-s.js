const { exec } = require('child_process');

const DIR = '/var/log';
exec('du -sh ' + DIR, (err, stdout) => {
  if (err) throw err;
  console.log(stdout.trim());
});
