import java.io.IOException;
import javax.servlet.http.*;
import javax.xml.parsers.*;
import org.w3c.dom.Document;

public class OrderServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            Document doc = dbf.newDocumentBuilder().parse(req.getInputStream());
            resp.getWriter().print(doc.getElementsByTagName("id").item(0).getTextContent());
        } catch (Exception e) {
            resp.sendError(400);
        }
    }
}
