const express = require('express');
const ldap = require('ldapjs');

const app = express();
const BASE_DN = 'ou=people,dc=corp,dc=example';

function escapeFilter(value) {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function searchPeople(client, rawName) {
  const name = escapeFilter(rawName);
  const filter = `(&(objectClass=person)(|(cn=*${name}*)(mail=${name}*)))`;
  return new Promise((resolve, reject) => {
    client.search(BASE_DN, { filter, scope: 'sub', attributes: ['cn', 'mail', 'telephoneNumber'], sizeLimit: 25 }, (err, res) => {
      if (err) return reject(err);
      const out = [];
      res.on('searchEntry', (e) => out.push(e.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(out));
    });
  });
}

// GET /directory?name=smith  (intranet phone book)
app.get('/directory', async (req, res) => {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  try {
    await new Promise((ok, ko) => client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW, (e) => (e ? ko(e) : ok())));
    res.json(await searchPeople(client, String(req.query.name || '')));
  } catch {
    res.status(502).json({ error: 'directory unavailable' });
  } finally {
    client.unbind();
  }
});

app.listen(3000);
