const fs = require('fs');
const https = require('https');

const CLUSTER_CA = fs.readFileSync('/etc/cluster/ca.crt');

function getMetrics(host, cb) {
  const req = https.request(
    {
      host,
      port: 9443,
      path: '/metrics',
      method: 'GET',
      ca: CLUSTER_CA,
    },
    (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => cb(null, data));
    },
  );
  req.on('error', cb);
  req.end();
}

getMetrics('node-7.cluster.local', (err, text) => {
  if (err) throw err;
  console.log(text.split('\n').length, 'metric lines');
});
