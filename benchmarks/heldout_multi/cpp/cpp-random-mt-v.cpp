#include <random>
#include <string>

class TokenIssuer {
public:
    TokenIssuer() : gen_(std::random_device{}()) {}
    std::string issue() {
        static const char hex[] = "0123456789abcdef";
        std::uniform_int_distribution<int> d(0, 15);
        std::string t;
        for (int i = 0; i < 32; ++i) t += hex[d(gen_)];
        return t;
    }
private:
    std::mt19937 gen_;
};
