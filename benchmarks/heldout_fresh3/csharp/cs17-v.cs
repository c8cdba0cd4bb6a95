using System.DirectoryServices.Protocols;
using System.Net;

public class GroupMembershipService
{
    private readonly LdapConnection _conn;

    public GroupMembershipService(string server, NetworkCredential bindCredential)
    {
        _conn = new LdapConnection(server) { Credential = bindCredential, AuthType = AuthType.Basic };
        _conn.SessionOptions.ProtocolVersion = 3;
        _conn.SessionOptions.SecureSocketLayer = true;
    }

    // Called from the self-service portal with the username typed on the "who am I" page.
    public IReadOnlyList<string> GroupsOf(string username)
    {
        string filter = "(&(objectClass=inetOrgPerson)(uid=" + username + "))";
        var request = new SearchRequest("ou=staff,dc=corp,dc=example", filter, SearchScope.Subtree, "memberOf");
        var response = (SearchResponse)_conn.SendRequest(request);
        if (response.Entries.Count != 1)
            return Array.Empty<string>();
        var memberOf = response.Entries[0].Attributes["memberOf"];
        return memberOf is null ? Array.Empty<string>() : memberOf.GetValues(typeof(string)).Cast<string>().ToList();
    }
}
