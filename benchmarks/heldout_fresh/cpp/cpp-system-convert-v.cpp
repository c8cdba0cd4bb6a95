#include <cstdlib>
#include <iostream>
#include <string>

int convert_to_png(const std::string &name)
{
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
