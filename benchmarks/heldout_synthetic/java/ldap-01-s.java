import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ldap-00/Ldap01")
class Ldap01 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    public void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");

        String param = request.getParameter("input");
        if (param == null) param = "";

        java.util.HashMap<String, Object> map62 = new java.util.HashMap<String, Object>();
        map62.put("keyA", "safe!");
        map62.put("keyB", param);
        map62.put("keyC", "another_Value");
        String bar = (String) map62.get("keyA");

        javax.naming.directory.DirContext ctx = null;
        try {
            java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
            env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
            env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.internal.example:389");
            ctx = new javax.naming.directory.InitialDirContext(env);
            javax.naming.directory.SearchControls sc = new javax.naming.directory.SearchControls();
            sc.setSearchScope(javax.naming.directory.SearchControls.SUBTREE_SCOPE);
            String base = "ou=users,dc=example,dc=com";
            String filter = "(&(objectclass=person)(uid=" + bar + "))";
            javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search(base, filter, sc);
            while (results.hasMore()) {
                javax.naming.directory.SearchResult sr = results.next();
                javax.naming.directory.Attribute cn = sr.getAttributes().get("cn");
                if (cn != null) {
                    response.getWriter().println("Found: " + org.owasp.encoder.Encode.forHtml(String.valueOf(cn.get())));
                }
            }
        } catch (javax.naming.NamingException e) {
            throw new ServletException(e);
        } finally {
            if (ctx != null) {
                try { ctx.close(); } catch (javax.naming.NamingException ignored) { }
            }
        }
    }
}
