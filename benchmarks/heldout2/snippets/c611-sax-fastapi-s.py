import defusedxml.sax
import xml.sax

from fastapi import FastAPI, Request

app = FastAPI()


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1


@app.post("/xml/stats")
async def xml_stats(request: Request):
    handler = CountHandler()
    defusedxml.sax.parseString(await request.body(), handler)
    return handler.counts
