import os

import tornado.ioloop
import tornado.web


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"status": "ok"})


def make_app():
    debug = os.environ.get("APP_DEBUG", "0") == "1"
    return tornado.web.Application([(r"/health", HealthHandler)], debug=debug)


if __name__ == "__main__":
    app = make_app()
    app.listen(8888, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
