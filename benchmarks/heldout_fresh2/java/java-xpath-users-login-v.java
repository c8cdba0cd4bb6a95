import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlUserStore {
    private final Document users;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public XmlUserStore(File usersXml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        this.users = f.newDocumentBuilder().parse(usersXml);
    }

    /** Called by the login servlet with the submitted form fields. */
    public boolean authenticate(String username, String passwordHash) throws XPathExpressionException {
        String expr = "/users/user[name='" + username + "' and hash='" + passwordHash + "']";
        Boolean found = (Boolean) xpath.evaluate(expr, users, XPathConstants.BOOLEAN);
        return found;
    }

    public String roleOf(String username) throws XPathExpressionException {
        return xpath.evaluate("/users/user[name='" + username + "']/role/text()", users);
    }
}
