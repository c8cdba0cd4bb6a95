import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("/directory/people")
public class PeopleDirectoryResource {
    private final DirContext ldap;

    public PeopleDirectoryResource(DirContext ldap) {
        this.ldap = ldap;
    }

    @GET
    public List<String> findByDepartment(@QueryParam("dept") String dept) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        sc.setReturningAttributes(new String[] {"cn", "mail"});
        String filter = "(&(objectClass=inetOrgPerson)(departmentNumber={0}))";
        NamingEnumeration<SearchResult> results =
                ldap.search("ou=people,dc=corp,dc=example", filter, new Object[] {dept}, sc);
        List<String> names = new ArrayList<>();
        while (results.hasMore()) {
            names.add(String.valueOf(results.next().getAttributes().get("cn").get()));
        }
        return names;
    }
}
