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

// RFC 4515 escaping for values inside a filter
function escapeFilterValue(v) {
  return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

// GET /directory?name=Ann
app.get('/directory', async (req, res) => {
  const name = escapeFilterValue(req.query.name || '');
  const filter = `(&(objectClass=person)(cn=*${name}*))`;
  try {
    res.json(await searchPeople(filter));
  } catch (e) {
    res.status(500).json({ error: 'directory unavailable' });
  }
});

app.listen(3000);
