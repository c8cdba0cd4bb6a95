// cpp-httplib service: GET /orders?customer=<email> returns the customer's orders from SQLite.
#include <httplib.h>
#include <sqlite3.h>
#include <string>

static std::string orders_json(sqlite3* db, const std::string& customer) {
    const char* sql =
        "SELECT id, total_cents, status FROM orders WHERE customer_email = ? ORDER BY id DESC";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return "[]";
    sqlite3_bind_text(st, 1, customer.c_str(), -1, SQLITE_TRANSIENT);
    std::string out = "[";
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (out.size() > 1) out += ",";
        out += "{\"id\":" + std::to_string(sqlite3_column_int64(st, 0)) +
               ",\"total\":" + std::to_string(sqlite3_column_int64(st, 1)) + ",\"status\":\"" +
               reinterpret_cast<const char*>(sqlite3_column_text(st, 2)) + "\"}";
    }
    sqlite3_finalize(st);
    return out + "]";
}

int main() {
    sqlite3* db = nullptr;
    if (sqlite3_open("shop.db", &db) != SQLITE_OK) return 1;
    httplib::Server svr;
    svr.Get("/orders", [db](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_param("customer")) {
            res.status = 400;
            return;
        }
        res.set_content(orders_json(db, req.get_param_value("customer")), "application/json");
    });
    svr.listen("0.0.0.0", 8080);
    sqlite3_close(db);
}
