import logging

import tornado.ioloop
import tornado.web

log = logging.getLogger("auth")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        username = self.get_body_argument("username", "")
        password = self.get_body_argument("password", "")
        if not self.application.settings["auth"](username, password):
            log.warning("failed login for user=%s from %s", username, self.request.remote_ip)
            self.set_status(401)
            self.finish({"error": "invalid credentials"})
            return
        log.info("login ok for user=%s", username)
        self.finish({"ok": True})


def make_app(auth):
    return tornado.web.Application([(r"/login", LoginHandler)], auth=auth)
