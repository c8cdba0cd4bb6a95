import tornado.escape
import tornado.web


class EchoHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_argument("msg", "")
        self.write("<div class='note'>%s</div>" % tornado.escape.xhtml_escape(msg))
