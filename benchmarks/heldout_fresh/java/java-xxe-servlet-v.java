import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

@WebServlet("/orders/import")
public class OrderImportServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(req.getInputStream());
            String customer = doc.getElementsByTagName("customer").item(0).getTextContent();
            int lines = doc.getElementsByTagName("line").getLength();
            resp.setContentType("text/plain");
            resp.getWriter().printf("imported %d lines for %s%n", lines, customer);
        } catch (Exception e) {
            resp.sendError(400, "bad order document");
        }
    }
}
