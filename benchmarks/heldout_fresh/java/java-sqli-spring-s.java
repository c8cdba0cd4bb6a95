package com.example.catalog;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/items")
public class ItemController {
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "name", "price", "price", "recent", "updated_at");
    private final JdbcTemplate jdbc;

    public ItemController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam String shop,
                                          @RequestParam(defaultValue = "name") String sort) {
        String column = SORT_COLUMNS.getOrDefault(sort, "name");
        String sql = "SELECT id, name, price FROM items WHERE shop_id = ? ORDER BY " + column;
        return jdbc.queryForList(sql, shop);
    }
}
