#include <cstdlib>
#include <stdexcept>
#include <string>

class S3Config {
public:
    S3Config()
        : bucket_("acme-invoices"),
          region_("eu-west-1"),
          access_key_("AKIAQX4J7PLM2ZC6R3TB"),
          secret_key_("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")
    {
        if (access_key_.empty() || secret_key_.empty())
            throw std::runtime_error("S3 credentials missing");
    }

    const std::string &bucket() const { return bucket_; }
    const std::string &region() const { return region_; }
    const std::string &access_key() const { return access_key_; }
    const std::string &secret_key() const { return secret_key_; }

private:
    static std::string env(const char *name)
    {
        const char *v = std::getenv(name);
        return v ? v : "";
    }

    std::string bucket_, region_, access_key_, secret_key_;
};
