import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli-00/Sqli03")
class Sqli03 extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DB_URL = "jdbc:postgresql://db.internal.example:5432/shop";

    @Override
    public void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");

        String[] values = request.getParameterValues("input");
        String param = (values != null && values.length > 0) ? values[0] : "";

        String bar = String.format("%s", param);

        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            String sql = "SELECT id, title, price FROM products WHERE title LIKE ?";
            java.sql.PreparedStatement statement = connection.prepareStatement(sql);
            statement.setString(1, "%" + bar + "%");
            java.sql.ResultSet rs = statement.executeQuery();
            while (rs.next()) {
                response.getWriter().println(org.owasp.encoder.Encode.forHtml(rs.getString("title")));
            }
        } catch (java.sql.SQLException e) {
            response.getWriter().println("Error processing request.");
        }
    }
}
