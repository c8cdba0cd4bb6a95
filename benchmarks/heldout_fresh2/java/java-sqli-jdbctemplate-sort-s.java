import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/employees")
public class EmployeeController {
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "last_name", "last_name",
            "first_name", "first_name",
            "department", "department",
            "hired_on", "hired_on");

    private final JdbcTemplate jdbc;

    public EmployeeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(defaultValue = "last_name") String sort,
                                          @RequestParam(defaultValue = "asc") String dir) {
        String column = SORT_COLUMNS.getOrDefault(sort, "last_name");
        String direction = "desc".equalsIgnoreCase(dir) ? "DESC" : "ASC";
        String sql = "SELECT id, first_name, last_name, department, hired_on FROM employees ORDER BY "
                + column + " " + direction;
        return jdbc.queryForList(sql);
    }
}
