import java.io.IOException;
import javax.servlet.http.*;
import javax.xml.namespace.QName;
import javax.xml.xpath.*;
import org.xml.sax.InputSource;

public class XmlLoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String pass = req.getParameter("pass");
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setXPathVariableResolver(v -> "user".equals(v.getLocalPart()) ? user : "pass".equals(v.getLocalPart()) ? pass : null);
        try {
            String expr = "/users/user[name=$user and password=$pass]";
            boolean ok = (Boolean) xp.evaluate(expr, new InputSource("users.xml"), XPathConstants.BOOLEAN);
            resp.getWriter().print(ok);
        } catch (XPathExpressionException e) {
            resp.sendError(400);
        }
    }
}
