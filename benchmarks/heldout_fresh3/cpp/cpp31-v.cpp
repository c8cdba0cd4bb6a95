#include <httplib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string>

static int count_products(xmlNodePtr node)
{
    int n = 0;
    for (; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST "product"))
            n++;
        n += count_products(node->children);
    }
    return n;
}

void register_import(httplib::Server &svr)
{
    svr.Post("/import", [](const httplib::Request &req, httplib::Response &res) {
        xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
        int opts = XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NOWARNING;
        xmlDocPtr doc = xmlCtxtReadMemory(ctxt, req.body.data(), static_cast<int>(req.body.size()),
                                          "feed.xml", nullptr, opts);
        xmlFreeParserCtxt(ctxt);
        if (!doc) {
            res.status = 400;
            return;
        }
        int n = count_products(xmlDocGetRootElement(doc));
        xmlFreeDoc(doc);
        res.set_content(std::to_string(n) + "\n", "text/plain");
    });
}
