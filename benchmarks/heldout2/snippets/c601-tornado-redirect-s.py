import tornado.web

LINKS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "blog": "https://blog.example.com/",
}


class OutboundHandler(tornado.web.RequestHandler):
    def get(self):
        dest = LINKS.get(self.get_argument("to"))
        if dest is None:
            raise tornado.web.HTTPError(404)
        self.application.settings["stats"].incr("outbound")
        self.redirect(dest)


def make_app(stats):
    return tornado.web.Application([(r"/out", OutboundHandler)], stats=stats)
