import logging
import traceback

import tornado.web

log = logging.getLogger("importer")


class ImportHandler(tornado.web.RequestHandler):
    async def post(self):
        try:
            payload = tornado.escape.json_decode(self.request.body)
            rows = await self.application.settings["importer"].run(payload["rows"])
            self.write({"imported": rows})
        except Exception:
            log.error("import failed\n%s", traceback.format_exc())
            self.set_status(500)
            self.write({"error": "import failed"})


def make_app(importer):
    return tornado.web.Application([(r"/api/import", ImportHandler)], importer=importer)
