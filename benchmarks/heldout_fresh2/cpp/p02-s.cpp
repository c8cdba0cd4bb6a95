// Account service (libpqxx): deactivate a user account by username, called from the admin API.
#include <pqxx/pqxx>
#include <iostream>
#include <string>

class AccountRepo {
public:
    explicit AccountRepo(const std::string& dsn) : conn_(dsn) {}

    bool deactivate(const std::string& username, const std::string& reason) {
        pqxx::work txn{conn_};
        pqxx::result r = txn.exec_params(
            "UPDATE accounts SET active = false, deactivated_reason = $1"
            " WHERE username = $2 RETURNING id",
            reason, username);
        txn.commit();
        return !r.empty();
    }

private:
    pqxx::connection conn_;
};

// invoked by the HTTP layer with the JSON body fields of POST /admin/deactivate
bool handle_deactivate(AccountRepo& repo, const std::string& username, const std::string& reason) {
    if (username.empty()) return false;
    bool ok = repo.deactivate(username, reason);
    std::cerr << "deactivate " << (ok ? "ok" : "no such user") << "\n";
    return ok;
}
