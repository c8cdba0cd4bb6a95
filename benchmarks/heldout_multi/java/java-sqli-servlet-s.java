import java.io.IOException;
import java.sql.*;
import javax.servlet.http.*;

public class BalanceServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String account = req.getParameter("account");
        try (Connection conn = DriverManager.getConnection("jdbc:postgresql://localhost/bank");
             PreparedStatement st = conn.prepareStatement("SELECT balance FROM accounts WHERE number = ?")) {
            st.setString(1, account);
            ResultSet rs = st.executeQuery();
            resp.getWriter().println(rs.next() ? rs.getBigDecimal(1) : "none");
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}
