import tornado.web


class OutboundHandler(tornado.web.RequestHandler):
    def get(self):
        dest = self.get_argument("to")
        self.application.settings["stats"].incr("outbound")
        self.redirect(dest)


def make_app(stats):
    return tornado.web.Application([(r"/out", OutboundHandler)], stats=stats)
