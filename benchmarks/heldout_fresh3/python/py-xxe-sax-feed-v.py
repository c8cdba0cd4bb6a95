import xml.sax
from xml.sax.handler import feature_external_ges

from aiohttp import web


class ItemCounter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = 0
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self.items += name == "item"
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


async def count_feed(request):
    body = await request.read()
    handler = ItemCounter()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.feed(body)
    parser.close()
    return web.json_response({"items": handler.items, "titles": handler.titles[:10]})


app = web.Application()
app.router.add_post("/feeds/count", count_feed)
