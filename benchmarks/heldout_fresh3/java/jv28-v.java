import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class ReportingDb {
    private static final String URL = "jdbc:postgresql://reporting-db.internal:5432/warehouse";
    private static final String USER = "report_writer";
    private static final String PASSWORD = "";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static long countShipments(String region) throws SQLException {
        try (Connection c = open();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM shipments WHERE region = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
