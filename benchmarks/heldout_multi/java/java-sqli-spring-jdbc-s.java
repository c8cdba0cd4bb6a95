import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class EmployeeController {
    private final JdbcTemplate jdbc;

    public EmployeeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/employees")
    public List<Map<String, Object>> search(@RequestParam String lastName) {
        String sql = "SELECT id, first_name, last_name FROM employees WHERE last_name LIKE ?";
        return jdbc.queryForList(sql, lastName + "%");
    }
}
