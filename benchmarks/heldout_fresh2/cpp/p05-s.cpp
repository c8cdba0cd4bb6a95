// Crow leaderboard: GET /season/<int>/rank/<int> returns the player at that rank.
#include <crow.h>
#include <stdexcept>
#include <string>
#include <vector>

struct Entry { std::string player; int score; };

class Leaderboard {
public:
    explicit Leaderboard(std::vector<std::vector<Entry>> seasons) : seasons_(std::move(seasons)) {}

    const Entry& at_rank(int season, int rank) const {
        const auto& table = seasons_.at(static_cast<std::size_t>(season));
        return table.at(static_cast<std::size_t>(rank - 1));
    }
    bool has_season(int season) const { return season >= 0 && season < (int)seasons_.size(); }

private:
    std::vector<std::vector<Entry>> seasons_;
};

void register_routes(crow::SimpleApp& app, const Leaderboard& board) {
    CROW_ROUTE(app, "/season/<int>/rank/<int>")([&board](int season, int rank) {
        if (!board.has_season(season)) return crow::response(404);
        try {
            const Entry& e = board.at_rank(season, rank);
            crow::json::wvalue body;
            body["player"] = e.player;
            body["score"] = e.score;
            return crow::response(body);
        } catch (const std::out_of_range&) {
            return crow::response(404);
        }
    });
}
