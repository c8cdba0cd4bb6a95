#include <iostream>
#include <vector>

int main()
{
    std::vector<int> scores(10, 0);
    int slot = 0, points = 0;

    while (std::cin >> slot >> points) {
        scores[slot] += points;
        std::cout << "slot " << slot << " now " << scores[slot] << '\n';
    }
    int best = 0;
    for (int s : scores)
        best = s > best ? s : best;
    std::cout << "best: " << best << '\n';
}
