import os
import tornado.web
from werkzeug.utils import secure_filename

STATIC = "/opt/app/reports"


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        name = secure_filename(self.get_argument("name"))
        with open(os.path.join(STATIC, name), "rb") as fh:
            self.write(fh.read())
