import express from 'express';
import ldap from 'ldapjs';

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example.com' });
const app = express();

app.get('/directory/lookup', (req, res) => {
  const uid = String(req.query.uid ?? '');
  const opts: ldap.SearchOptions = {
    scope: 'sub',
    filter: `(&(objectClass=person)(uid=${uid}))`,
    attributes: ['cn', 'mail', 'telephoneNumber'],
  };
  client.search('ou=people,dc=corp,dc=example,dc=com', opts, (err, search) => {
    if (err) return res.status(500).end();
    const people: object[] = [];
    search.on('searchEntry', (entry) => people.push(entry.pojo));
    search.on('end', () => res.json(people));
  });
});

app.listen(3000);
