// cpp-httplib: POST /import accepts an RSS/Atom-like XML feed and returns the item titles.
#include <httplib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string>

static std::string item_titles(const std::string& xml) {
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    // entities are left unexpanded, no DTD is fetched and the parser never touches the network
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()),
                                      "feed.xml", nullptr, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    std::string out;
    if (doc) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        for (xmlNodePtr it = root ? root->children : nullptr; it; it = it->next) {
            if (it->type != XML_ELEMENT_NODE) continue;
            xmlChar* t = xmlGetProp(it, BAD_CAST "title");
            if (t) { out += reinterpret_cast<char*>(t); out += '\n'; xmlFree(t); }
        }
        xmlFreeDoc(doc);
    }
    xmlFreeParserCtxt(ctxt);
    return out;
}

void install(httplib::Server& svr) {
    svr.Post("/import", [](const httplib::Request& req, httplib::Response& res) {
        std::string titles = item_titles(req.body);
        if (titles.empty()) res.status = 422;
        res.set_content(titles, "text/plain");
    });
}
