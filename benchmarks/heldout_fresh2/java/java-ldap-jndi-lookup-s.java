import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class DirectoryController {

    private DirContext connect() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, System.getenv("LDAP_URL"));
        env.put(Context.SECURITY_PRINCIPAL, System.getenv("LDAP_BIND_DN"));
        env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_BIND_PW"));
        return new InitialDirContext(env);
    }

    @GetMapping("/people")
    public List<String> find(@RequestParam String dept, @RequestParam String q) throws Exception {
        // {0} and {1} are filter arguments: JNDI escapes them per RFC 4515.
        String filter = "(&(objectClass=person)(ou={0})(cn=*{1}*))";
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        sc.setReturningAttributes(new String[] {"cn", "mail"});
        List<String> out = new ArrayList<>();
        DirContext ctx = connect();
        try {
            NamingEnumeration<SearchResult> res = ctx.search("dc=acme,dc=com", filter, new Object[] {dept, q}, sc);
            while (res.hasMore()) {
                out.add(res.next().getAttributes().get("cn").get().toString());
            }
        } finally {
            ctx.close();
        }
        return out;
    }
}
