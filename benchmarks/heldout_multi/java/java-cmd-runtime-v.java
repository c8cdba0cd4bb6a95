import java.io.*;
import javax.servlet.http.*;

public class WhoisServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "whois " + domain});
        p.getInputStream().transferTo(resp.getOutputStream());
    }
}
