import java.sql.*;

public class Purger {
    public static void main(String[] args) throws SQLException {
        String table = args[0];
        try (Connection c = DriverManager.getConnection(System.getenv("JDBC_URL"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + table + " WHERE created < now() - interval '90 days'");
        }
    }
}
