import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli-00/Sqli01")
class Sqli01 extends HttpServlet {

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

        String param = request.getParameter("input");
        if (param == null) param = "";

        String bar = new Test().doSomething(request, param);

        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            String sql = "SELECT id, title, price FROM products WHERE category = '" + bar + "'";
            java.sql.Statement statement = connection.createStatement();
            java.sql.ResultSet rs = statement.executeQuery(sql);
            while (rs.next()) {
                response.getWriter().println(org.owasp.encoder.Encode.forHtml(rs.getString("title")));
            }
        } catch (java.sql.SQLException e) {
            response.getWriter().println("Error processing request.");
        }
    }

    private class Test {

        public String doSomething(HttpServletRequest request, String param)
                throws ServletException, IOException {
            String bar = String.valueOf(param).trim();
            return bar;
        }
    } // end innerclass Test
}
