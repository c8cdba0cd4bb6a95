from aiohttp import web
import asyncio
import ipaddress


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "127.0.0.1")
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        raise web.HTTPBadRequest(text="host must be an IP address")
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", "3", addr, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return web.json_response({"host": addr, "output": out.decode().splitlines()})


app = web.Application()
app.router.add_get("/ping", ping)

if __name__ == "__main__":
    web.run_app(app, port=8080)
