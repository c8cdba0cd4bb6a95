// cpp-httplib service: GET /orders?customer=<email> returns the customer's orders from SQLite.
#include <httplib.h>
#include <sqlite3.h>
#include <string>

static std::string orders_json(sqlite3* db, const std::string& customer) {
    std::string sql =
        "SELECT id, total_cents, status FROM orders WHERE customer_email = '" +
        customer + "' ORDER BY id DESC";
    std::string out = "[";
    auto cb = [](void* ud, int, char** v, char**) -> int {
        auto* s = static_cast<std::string*>(ud);
        if (s->size() > 1) *s += ",";
        *s += std::string("{\"id\":") + v[0] + ",\"total\":" + v[1] + ",\"status\":\"" + v[2] + "\"}";
        return 0;
    };
    sqlite3_exec(db, sql.c_str(), cb, &out, nullptr);
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
