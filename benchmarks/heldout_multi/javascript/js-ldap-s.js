const express = require('express');
const ldap = require('ldapjs');

const app = express();
const client = ldap.createClient({ url: 'ldap://ldap.internal' });

app.get('/person', (req, res) => {
  const filter = new ldap.AndFilter({ filters: [
    new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }),
    new ldap.EqualityFilter({ attribute: 'cn', value: String(req.query.name) }),
  ] });
  client.search('dc=example,dc=com', { filter, scope: 'sub' }, (err, search) => {
    const found = [];
    search.on('searchEntry', (e) => found.push(e.pojo));
    search.on('end', () => res.json(found));
  });
});

app.listen(3000);
