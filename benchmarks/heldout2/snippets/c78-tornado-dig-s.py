import asyncio
import re

import tornado.web

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9-]{1,63}\.)+[a-zA-Z]{2,63}$")
TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


class DnsLookupHandler(tornado.web.RequestHandler):
    async def get(self):
        domain = self.get_argument("domain")
        record = self.get_argument("type", "A")
        if record not in TYPES or not DOMAIN_RE.match(domain):
            raise tornado.web.HTTPError(400)
        proc = await asyncio.create_subprocess_exec(
            "dig", "+short", record, domain, stdout=asyncio.subprocess.PIPE
        )
        stdout, _ = await proc.communicate()
        self.write({"domain": domain, "answers": stdout.decode().split()})


def make_app():
    return tornado.web.Application([(r"/dns", DnsLookupHandler)])
