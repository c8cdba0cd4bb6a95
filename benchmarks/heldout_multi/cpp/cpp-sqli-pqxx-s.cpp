#include <pqxx/pqxx>
#include <string>

std::string order_status(pqxx::connection &conn, const std::string &order_id) {
    pqxx::work tx(conn);
    pqxx::result r = tx.exec_params("SELECT status FROM orders WHERE id = $1", order_id);
    return r.empty() ? "" : r[0][0].c_str();
}
