// UserStore: register users and check logins; password hashes are kept in the users table.
#include <openssl/evp.h>
#include <iomanip>
#include <sstream>
#include <string>
#include <unordered_map>

class UserStore {
public:
    void register_user(const std::string& name, const std::string& password) {
        hashes_[name] = digest_hex(password);
    }

    bool check_login(const std::string& name, const std::string& password) const {
        auto it = hashes_.find(name);
        return it != hashes_.end() && it->second == digest_hex(password);
    }

private:
    static std::string digest_hex(const std::string& s) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_Digest(s.data(), s.size(), md, &len, EVP_md5(), nullptr);
        std::ostringstream os;
        for (unsigned int i = 0; i < len; ++i)
            os << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(md[i]);
        return os.str();
    }

    std::unordered_map<std::string, std::string> hashes_;
};
