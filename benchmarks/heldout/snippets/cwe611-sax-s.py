import sys
import defusedxml.sax


class Counter(defusedxml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        self.n += 1


handler = Counter()
defusedxml.sax.parse(sys.argv[1], handler)
print(handler.n)
