#include <iostream>
#include <vector>

int main()
{
    std::vector<int> scores(10, 0);
    int slot = 0, points = 0;

    while (std::cin >> slot >> points) {
        if (slot < 0 || static_cast<std::size_t>(slot) >= scores.size()) {
            std::cerr << "no such slot\n";
            continue;
        }
        scores[slot] += points;
        std::cout << "slot " << slot << " now " << scores[slot] << '\n';
    }
    int best = 0;
    for (int s : scores)
        best = s > best ? s : best;
    std::cout << "best: " << best << '\n';
}
