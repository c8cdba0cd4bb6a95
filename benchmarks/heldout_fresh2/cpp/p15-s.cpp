// Xerces-C: validate an uploaded purchase-order XML and return the buyer's name.
#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLString.hpp>
#include <memory>
#include <string>

using namespace xercesc;

std::string buyer_name(const std::string& upload) {
    XercesDOMParser parser;
    SecurityManager limits;
    parser.setDoNamespaces(true);
    parser.setValidationScheme(XercesDOMParser::Val_Never);
    parser.setLoadExternalDTD(false);
    parser.setDisableDefaultEntityResolution(true);  // external entities are never fetched
    parser.setSecurityManager(&limits);               // caps entity expansion
    parser.setCreateEntityReferenceNodes(true);

    MemBufInputSource src(reinterpret_cast<const XMLByte*>(upload.data()), upload.size(),
                          "purchase-order");
    parser.parse(src);
    DOMDocument* doc = parser.getDocument();
    if (!doc || parser.getErrorCount() > 0) return {};

    XMLCh* tag = XMLString::transcode("buyer");
    DOMNodeList* nodes = doc->getElementsByTagName(tag);
    XMLString::release(&tag);
    if (nodes->getLength() == 0) return {};
    char* text = XMLString::transcode(nodes->item(0)->getTextContent());
    std::string name(text);
    XMLString::release(&text);
    return name;
}
