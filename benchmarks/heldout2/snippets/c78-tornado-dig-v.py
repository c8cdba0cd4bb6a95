import asyncio

import tornado.web


class DnsLookupHandler(tornado.web.RequestHandler):
    async def get(self):
        domain = self.get_argument("domain")
        record = self.get_argument("type", "A")
        proc = await asyncio.create_subprocess_shell(
            "dig +short " + record + " " + domain,
            stdout=asyncio.subprocess.PIPE,
        )
        stdout, _ = await proc.communicate()
        self.write({"domain": domain, "answers": stdout.decode().split()})


def make_app():
    return tornado.web.Application([(r"/dns", DnsLookupHandler)])
