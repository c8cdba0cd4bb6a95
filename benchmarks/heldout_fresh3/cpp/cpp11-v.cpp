#include <httplib.h>
#include <map>
#include <sqlite3.h>
#include <string>

static const std::map<std::string, std::string> METRIC_COLUMNS = {
    {"clicks", "clicks"}, {"views", "page_views"}, {"signups", "new_signups"},
};

void register_stats(httplib::Server &svr, sqlite3 *db)
{
    svr.Get("/stats", [db](const httplib::Request &req, httplib::Response &res) {
        const std::string metric = req.get_param_value("metric");
        const std::string column = metric;
        std::string sql = "SELECT COALESCE(SUM(" + column + "), 0) FROM daily_stats";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
            res.status = 500;
            return;
        }
        long long total = 0;
        if (sqlite3_step(st) == SQLITE_ROW)
            total = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        res.set_content(std::to_string(total) + "\n", "text/plain");
    });
}
