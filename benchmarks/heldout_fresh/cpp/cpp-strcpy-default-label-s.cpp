#include <cstring>
#include <cstdlib>
#include <iostream>

struct SerialDevice {
    char port[24];
    int baud;

    SerialDevice()
    {
        std::strcpy(port, "/dev/ttyUSB0");
        baud = 115200;
    }
};

int main()
{
    SerialDevice dev;
    std::cout << "opening " << dev.port << " at " << dev.baud << " baud\n";
    return 0;
}
