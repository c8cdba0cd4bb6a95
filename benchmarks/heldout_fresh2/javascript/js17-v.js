const express = require('express');
const ldap = require('ldapjs');

const app = express();
const client = ldap.createClient({ url: process.env.LDAP_URL });
const BASE_DN = 'ou=people,dc=corp,dc=example';

function searchPeople(filter) {
  return new Promise((resolve, reject) => {
    client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'mail', 'telephoneNumber'] }, (err, res) => {
      if (err) return reject(err);
      const found = [];
      res.on('searchEntry', (e) => found.push(e.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(found));
    });
  });
}

// GET /directory?name=Ann
app.get('/directory', async (req, res) => {
  const name = req.query.name || '';
  const filter = `(&(objectClass=person)(cn=*${name}*))`;
  try {
    res.json(await searchPeople(filter));
  } catch (e) {
    res.status(500).json({ error: 'directory unavailable' });
  }
});

app.listen(3000);
