import java.io.IOException;
import java.sql.*;
import javax.servlet.http.*;

public class BalanceServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String account = req.getParameter("account");
        try (Connection conn = DriverManager.getConnection("jdbc:postgresql://localhost/bank");
             Statement st = conn.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT balance FROM accounts WHERE number = '" + account + "'");
            resp.getWriter().println(rs.next() ? rs.getBigDecimal(1) : "none");
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}
