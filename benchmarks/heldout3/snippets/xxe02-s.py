import sys
import xml.sax

import defusedxml.sax


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title = [], False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


def titles(path):
    handler = TitleHandler()
    defusedxml.sax.parse(path, handler)
    return handler.titles


if __name__ == "__main__":
    print(titles(sys.argv[1]))
