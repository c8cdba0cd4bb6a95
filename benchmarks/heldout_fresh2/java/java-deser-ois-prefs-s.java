import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/prefs/import")
public class PrefsImportServlet extends HttpServlet {
    // UserPrefs only holds String and Integer fields; everything else is rejected before it is built.
    private static final ObjectInputFilter PREFS_ONLY = ObjectInputFilter.Config.createFilter(
            "maxdepth=3;maxrefs=200;maxbytes=65536;UserPrefs;java.lang.String;java.lang.Integer;java.lang.Number;!*");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            in.setObjectInputFilter(PREFS_ONLY);
            Object obj = in.readObject();
            if (!(obj instanceof UserPrefs)) {
                resp.sendError(400, "not a preferences file");
                return;
            }
            session.setAttribute("prefs", obj);
            resp.getWriter().println("preferences imported");
        } catch (ClassNotFoundException | java.io.InvalidClassException e) {
            resp.sendError(400, "rejected class");
        }
    }
}
