package com.example.orders;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.web.bind.annotation.*;

@RestController
public class OrderSearchController {
    private final MongoCollection<Document> orders;

    public OrderSearchController(MongoDatabase db) {
        this.orders = db.getCollection("orders");
    }

    @GetMapping("/orders/search")
    public List<Document> search(@RequestParam String customer) {
        var filter = Filters.and(Filters.eq("customer", customer), Filters.eq("archived", false));
        return orders.find(filter).limit(50).into(new ArrayList<>());
    }
}
