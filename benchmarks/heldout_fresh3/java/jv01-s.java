import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {
    private static final Set<String> SORTABLE = Set.of("issued_at", "total", "number");
    private final JdbcTemplate jdbc;

    public InvoiceController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam long customerId,
                                          @RequestParam(defaultValue = "issued_at") String sort) {
        String column = SORTABLE.contains(sort) ? sort : "issued_at";
        String sql = "SELECT id, number, total, issued_at FROM invoices WHERE customer_id = ? ORDER BY "
                + column + " DESC";
        return jdbc.queryForList(sql, customerId);
    }
}
