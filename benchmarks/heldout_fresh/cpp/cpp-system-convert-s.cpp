#include <cstdlib>
#include <iostream>
#include <regex>
#include <string>

int convert_to_png(const std::string &name)
{
    static const std::regex safe_name("[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}");
    if (!std::regex_match(name, safe_name))
        return -1;
    const std::string cmd = "convert 'uploads/" + name + "' 'converted/" + name + ".png'";
    return std::system(cmd.c_str());
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " FILE\n";
        return 2;
    }
    return convert_to_png(argv[1]) == 0 ? 0 : 1;
}
