// Notification service: users write their own reminder text, e.g. "Hi {name}, {count} tasks are due".
#include <fmt/format.h>
#include <string>

struct Reminder {
    std::string owner_name;
    int due_count;
    std::string template_text;  // saved from the user's settings form
};

std::string render_reminder(const Reminder& r) {
    return fmt::format(fmt::runtime(r.template_text),
                       fmt::arg("name", r.owner_name),
                       fmt::arg("count", r.due_count));
}

std::string preview_handler(const std::string& posted_template, const std::string& user, int due) {
    Reminder r{user, due, posted_template};
    try {
        return render_reminder(r);
    } catch (const fmt::format_error& e) {
        return std::string("template error: ") + e.what();
    }
}
