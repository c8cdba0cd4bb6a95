#include <cstring>
#include <cstdlib>
#include <iostream>

struct SerialDevice {
    char port[24];
    int baud;

    SerialDevice()
    {
        const char *env = std::getenv("SERIAL_PORT");
        std::strcpy(port, env ? env : "/dev/ttyUSB0");
        baud = 115200;
    }
};

int main()
{
    SerialDevice dev;
    std::cout << "opening " << dev.port << " at " << dev.baud << " baud\n";
    return 0;
}
