import re

import tornado.web

with open("/var/log/app/service.log", encoding="utf-8", errors="replace") as _fh:
    LOG_LINES: list[str] = _fh.read().splitlines()[-20000:]


class LogSearch(tornado.web.RequestHandler):
    def initialize(self, lines):
        self.lines = lines

    def get(self):
        word = self.get_argument("word", "")
        matcher = re.compile(re.escape(word), re.IGNORECASE)
        hits = [ln for ln in self.lines if matcher.search(ln)]
        self.write({"count": len(hits), "lines": hits[:200]})


app = tornado.web.Application([
    (r"/logs/search", LogSearch, {"lines": LOG_LINES}),
])
