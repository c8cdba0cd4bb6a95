import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT full_name FROM employees WHERE department = '" + department + "' ORDER BY full_name")) {
            while (rs.next()) {
                names.add(rs.getString("full_name"));
            }
        }
        return names;
    }
}
