import asyncio
from aiohttp import web


async def run_ping(count: int) -> str:
    proc = await asyncio.create_subprocess_shell(
        f"ping -c {count} -W 2 gateway.internal",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def diagnostics(request: web.Request) -> web.Response:
    try:
        count = int(request.query.get("count", "3"))
    except ValueError:
        raise web.HTTPBadRequest(text="count must be an integer")
    if not 1 <= count <= 10:
        raise web.HTTPBadRequest(text="count out of range")
    output = await run_ping(count)
    return web.json_response({"count": count, "output": output})


app = web.Application()
app.router.add_get("/diag/ping", diagnostics)

if __name__ == "__main__":
    web.run_app(app, port=8081)
