// inventory-client.js: talks to the warehouse inventory service over HTTPS
const https = require('node:https');
const fs = require('node:fs');
const axios = require('axios');

const agent = new https.Agent({
  keepAlive: true,
  ca: fs.readFileSync(process.env.INTERNAL_CA_PATH || '/etc/ssl/internal-ca.pem'),
  rejectUnauthorized: true, // the service uses our internal CA
});

const client = axios.create({
  baseURL: process.env.INVENTORY_URL || 'https://inventory.internal:8443',
  httpsAgent: agent,
  timeout: 5000,
  headers: { Authorization: `Bearer ${process.env.INVENTORY_TOKEN}` },
});

async function stockLevel(sku) {
  const { data } = await client.get(`/v1/stock/${encodeURIComponent(sku)}`);
  return data.available;
}

module.exports = { stockLevel };
