import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class AccountLookupServlet extends HttpServlet {
    private Document accounts; // loaded from accounts.xml in init()

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String pin = req.getParameter("pin");
        XPath xp = XPathFactory.newInstance().newXPath();
        try {
            String query = "/accounts/account[user='" + user + "' and pin='" + pin + "']/balance/text()";
            String balance = xp.evaluate(query, accounts);
            if (balance.isEmpty()) {
                resp.sendError(403);
                return;
            }
            resp.getWriter().println("balance: " + balance);
        } catch (Exception e) {
            resp.sendError(500);
        }
    }
}
