import os
import tornado.web

STATIC = "/opt/app/reports"


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        with open(os.path.join(STATIC, name), "rb") as fh:
            self.write(fh.read())
