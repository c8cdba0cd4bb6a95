import java.sql.*;

public class Purger {
    private static final String TABLE = "audit_events";

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("JDBC_URL"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + TABLE + " WHERE created < now() - interval '90 days'");
        }
    }
}
