package com.example.catalog;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/items")
public class ItemController {
    private final JdbcTemplate jdbc;

    public ItemController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam String shop,
                                          @RequestParam(defaultValue = "name") String sort) {
        String sql = "SELECT id, name, price FROM items WHERE shop_id = ? ORDER BY " + sort;
        return jdbc.queryForList(sql, shop);
    }
}
