/* CGI endpoint: accept an uploaded XML invoice on stdin and echo back its total. */
#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

int main(void) {
    static char body[1 << 16];
    size_t len = fread(body, 1, sizeof body, stdin);

    xmlDocPtr doc = xmlReadMemory(body, (int)len, "invoice.xml", NULL,
                                  XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
    printf("Content-Type: text/plain\r\n\r\n");
    if (!doc) { printf("invalid invoice\n"); return 0; }

    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST "total") == 0) {
            xmlChar *t = xmlNodeGetContent(n);
            printf("invoice total: %s\n", (const char *)t);
            xmlFree(t);
        }
    }
    xmlFreeDoc(doc);
    xmlCleanupParser();
    return 0;
}
