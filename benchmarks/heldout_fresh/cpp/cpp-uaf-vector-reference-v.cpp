#include <iostream>
#include <string>
#include <vector>

struct Task {
    std::string title;
    int priority;
};

void add_follow_up(std::vector<Task> &tasks, const std::string &title)
{
    Task &parent = tasks.back();
    tasks.push_back(Task{title, parent.priority + 1});
    std::cout << "added '" << title << "' after '" << parent.title << "'\n";
}

int main()
{
    std::vector<Task> tasks{{"write spec", 1}};
    add_follow_up(tasks, "review spec");
}
