import { Client } from 'ldapts';

const ldapUrl = process.env.LDAP_URL ?? 'ldaps://ldap.corp.example:636';
const baseDN = 'dc=corp,dc=example';

export class GroupDirectory {
  constructor(private readonly bindDN: string, private readonly bindPassword: string) {}

  // Used by the VPN portal: is this login name a member of the given group?
  async isMember(uid: string, group: 'vpn-users' | 'vpn-admins'): Promise<boolean> {
    const client = new Client({ url: ldapUrl });
    try {
      await client.bind(this.bindDN, this.bindPassword);
      const { searchEntries } = await client.search(`ou=groups,${baseDN}`, {
        scope: 'sub',
        filter: `(&(cn=${group})(memberUid=${uid}))`,
        attributes: ['cn'],
      });
      return searchEntries.length > 0;
    } finally {
      await client.unbind();
    }
  }
}

// usage in the portal: await directory.isMember(req.body.username, 'vpn-admins')
