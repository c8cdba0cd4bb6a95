import subprocess

import tornado.ioloop
import tornado.web

LOG = "/var/log/app/service.log"


class TailHandler(tornado.web.RequestHandler):
    def get(self):
        lines = self.get_argument("lines", "50")
        out = subprocess.run(
            f"tail -n {lines} {LOG}",
            shell=True, capture_output=True, text=True, timeout=5,
        )
        self.set_header("Content-Type", "text/plain")
        self.write(out.stdout)


def make_app():
    return tornado.web.Application([(r"/admin/tail", TailHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
