#include <cstdio>
#include <iostream>
#include <string>

class TelemetryPacket {
public:
    void setLabel(const std::string &label) { std::snprintf(label_, sizeof label_, "%s", label.c_str()); }
    void setValue(double v) { value_ = v; }
    void print() const { std::cout << label_ << '=' << value_ << '\n'; }

private:
    char label_[16] = {};
    double value_ = 0.0;
};

int main()
{
    TelemetryPacket pkt;
    std::string label;
    std::cout << "label: ";
    std::getline(std::cin, label);
    pkt.setLabel(label);
    pkt.setValue(21.5);
    pkt.print();
}
