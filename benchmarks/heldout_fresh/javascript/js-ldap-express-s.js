const express = require('express');
const ldap = require('ldapjs');

const app = express();
app.use(express.urlencoded({ extended: false }));

function findUserDn(client, login) {
  return new Promise((resolve, reject) => {
    const eq = (attr) => new ldap.EqualityFilter({ attribute: attr, value: login });
    const filter = new ldap.AndFilter({
      filters: [new ldap.EqualityFilter({ attribute: 'objectClass', value: 'user' }), new ldap.OrFilter({ filters: [eq('uid'), eq('mail')] })],
    });
    client.search('dc=example,dc=com', { scope: 'sub', filter }, (err, res) => {
      if (err) return reject(err);
      let dn = null;
      res.on('searchEntry', (e) => { dn = e.objectName; });
      res.on('end', () => resolve(dn));
    });
  });
}

app.post('/login', async (req, res) => {
  const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });
  const dn = await findUserDn(client, req.body.login);
  if (!dn) return res.status(401).send('unknown user');
  client.bind(dn, req.body.password, (err) => res.status(err ? 401 : 200).send(err ? 'denied' : 'welcome'));
});

app.listen(3000);
