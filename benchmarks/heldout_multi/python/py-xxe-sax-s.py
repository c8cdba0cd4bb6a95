import sys
from xml.sax.handler import ContentHandler
import defusedxml.sax

class Servers(ContentHandler):
    def startElement(self, name, attrs):
        if name == "server":
            print(attrs.get("name"))

defusedxml.sax.parse(sys.argv[1], Servers())
