import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public class EmployeeDao {
    private final String jdbcUrl;

    public EmployeeDao(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public List<String> findByDepartment(String department) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(jdbcUrl);
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT full_name FROM employees WHERE department = ? ORDER BY full_name")) {
            ps.setString(1, department);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("full_name"));
                }
            }
        }
        return names;
    }
}
