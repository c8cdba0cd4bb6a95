import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/prefs/import")
public class PrefsImportServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            Object obj = in.readObject();
            if (!(obj instanceof UserPrefs)) {
                resp.sendError(400, "not a preferences file");
                return;
            }
            session.setAttribute("prefs", obj);
            resp.getWriter().println("preferences imported");
        } catch (ClassNotFoundException e) {
            resp.sendError(400, "unknown class");
        }
    }
}
