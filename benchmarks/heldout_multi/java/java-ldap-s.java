import java.util.*;
import javax.naming.*;
import javax.naming.directory.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class GroupController {
    @GetMapping("/groups")
    public List<String> groups(@RequestParam String user) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://ldap.corp:389");
        DirContext ctx = new InitialDirContext(env);
        String filter = "(&(objectClass=groupOfNames)(member=uid={0},ou=people,dc=corp))";
        NamingEnumeration<SearchResult> res = ctx.search("ou=groups,dc=corp", filter, new Object[] {user}, new SearchControls());
        List<String> out = new ArrayList<>();
        while (res.hasMore()) out.add(res.next().getName());
        return out;
    }
}
