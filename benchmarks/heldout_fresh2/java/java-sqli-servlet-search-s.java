import java.io.IOException;
import java.io.PrintWriter;
import java.sql.*;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/books/search")
public class BookSearchServlet extends HttpServlet {
    private static final String DB_URL = System.getenv("LIBRARY_DB_URL");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String author = req.getParameter("author");
        resp.setContentType("application/json");
        PrintWriter out = resp.getWriter();
        String sql = "SELECT id, title FROM books WHERE author LIKE ? ORDER BY title";
        try (Connection conn = DriverManager.getConnection(DB_URL);
             PreparedStatement st = conn.prepareStatement(sql)) {
            st.setString(1, "%" + author + "%");
            try (ResultSet rs = st.executeQuery()) {
                out.print("[");
                boolean first = true;
                while (rs.next()) {
                    if (!first) out.print(",");
                    out.printf("{\"id\":%d,\"title\":\"%s\"}", rs.getLong("id"),
                            rs.getString("title").replace("\"", "\\\""));
                    first = false;
                }
                out.print("]");
            }
        } catch (SQLException e) {
            resp.setStatus(500);
        }
    }
}
