import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class AuditWriter {
    private static final String URL = "jdbc:postgresql://db.prod.internal:5432/audit";
    private static final String USER = "audit_writer";
    private static final String PASSWORD = "Wq7#pLx92!rTz";

    public void record(String actor, String action) throws SQLException {
        try (Connection conn = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = conn.prepareStatement(
                     "INSERT INTO audit_log (actor, action, at) VALUES (?, ?, now())")) {
            ps.setString(1, actor);
            ps.setString(2, action);
            ps.executeUpdate();
        }
    }
}
