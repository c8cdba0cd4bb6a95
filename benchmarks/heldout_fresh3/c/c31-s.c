#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

int main(void)
{
    const char *cl = getenv("CONTENT_LENGTH");
    long len = cl ? strtol(cl, NULL, 10) : 0;
    printf("Content-Type: text/plain\r\n\r\n");
    if (len <= 0 || len > 1 << 20)
        return 0;
    char *body = malloc((size_t)len);
    if (!body || fread(body, 1, (size_t)len, stdin) != (size_t)len)
        return 0;

    xmlDocPtr doc = xmlReadMemory(body, (int)len, "order.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR);
    free(body);
    if (!doc)
        return 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "customer")) {
            xmlChar *txt = xmlNodeGetContent(n);
            printf("customer: %s\n", txt ? (const char *)txt : "");
            xmlFree(txt);
        }
    }
    xmlFreeDoc(doc);
    return 0;
}
