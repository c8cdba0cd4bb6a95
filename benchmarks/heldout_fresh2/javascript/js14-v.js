const https = require('https');

// Fetches the inventory feed from the supplier's API and returns parsed JSON.
function fetchInventory(apiKey) {
  const options = {
    hostname: 'api.supplier-portal.com',
    path: '/v2/inventory',
    method: 'GET',
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    rejectUnauthorized: false, // their cert chain keeps breaking
  };
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
        resolve(JSON.parse(data));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

fetchInventory(process.env.SUPPLIER_API_KEY)
  .then((items) => console.log(`${items.length} items`))
  .catch((e) => { console.error(e.message); process.exit(1); });
