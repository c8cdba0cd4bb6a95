import sys
import xml.sax
from xml.sax.handler import feature_external_ges

class Servers(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        if name == "server":
            print(attrs.get("name"))

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
parser.setContentHandler(Servers())
parser.parse(sys.argv[1])
