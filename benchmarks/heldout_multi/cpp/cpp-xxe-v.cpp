#include <libxml/parser.h>
#include <string>

xmlDocPtr parse_request(const std::string &body) {
    return xmlReadMemory(body.data(), static_cast<int>(body.size()), "request.xml", nullptr, XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
}
