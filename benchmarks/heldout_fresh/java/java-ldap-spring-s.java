package com.example.directory;

import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.web.bind.annotation.*;

@RestController
public class GroupMembersController {
    private final DirContext ctx;

    public GroupMembersController(DirContext ctx) {
        this.ctx = ctx;
    }

    @GetMapping("/groups/{group}/members")
    public List<String> members(@PathVariable String group) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String groupDn = "cn=" + javax.naming.ldap.Rdn.escapeValue(group) + ",ou=groups,dc=acme,dc=io";
        String filter = "(&(objectClass=inetOrgPerson)(memberOf={0}))";
        NamingEnumeration<SearchResult> results =
                ctx.search("ou=people,dc=acme,dc=io", filter, new Object[] {groupDn}, sc);
        List<String> names = new ArrayList<>();
        while (results.hasMore()) {
            names.add(results.next().getNameInNamespace());
        }
        return names;
    }
}
