import java.io.File;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlUserStore {
    private final Document users;
    private final XPathFactory factory = XPathFactory.newInstance();

    public XmlUserStore(File usersXml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        this.users = f.newDocumentBuilder().parse(usersXml);
    }

    private XPath withVars(Map<String, String> vars) {
        XPath xp = factory.newXPath();
        xp.setXPathVariableResolver((QName name) -> vars.get(name.getLocalPart()));
        return xp;
    }

    /** Called by the login servlet with the submitted form fields. */
    public boolean authenticate(String username, String passwordHash) throws XPathExpressionException {
        XPath xp = withVars(Map.of("name", username, "hash", passwordHash));
        return (Boolean) xp.evaluate("/users/user[name=$name and hash=$hash]", users, XPathConstants.BOOLEAN);
    }

    public String roleOf(String username) throws XPathExpressionException {
        return withVars(Map.of("name", username)).evaluate("/users/user[name=$name]/role/text()", users);
    }
}
