// Notification service: users write their own reminder text, e.g. "Hi {name}, {count} tasks are due".
#include <fmt/format.h>
#include <string>

struct Reminder {
    std::string owner_name;
    int due_count;
    std::string template_text;  // saved from the user's settings form
};

static void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

// The user's text is data, never a format string: only the two known placeholders are replaced.
std::string render_reminder(const Reminder& r) {
    std::string out = r.template_text.substr(0, 500);
    replace_all(out, "{name}", r.owner_name);
    replace_all(out, "{count}", fmt::format("{}", r.due_count));
    return out;
}

std::string preview_handler(const std::string& posted_template, const std::string& user, int due) {
    Reminder r{user, due, posted_template};
    return render_reminder(r);
}
