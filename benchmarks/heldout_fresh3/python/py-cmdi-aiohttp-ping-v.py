import asyncio
from aiohttp import web


async def run_ping(host: str) -> str:
    proc = await asyncio.create_subprocess_shell(
        f"ping -c 3 -W 2 {host}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "")
    if not host:
        return web.json_response({"error": "host required"}, status=400)
    return web.json_response({"output": await run_ping(host)})


app = web.Application()
app.router.add_get("/diag/ping", ping)

if __name__ == "__main__":
    web.run_app(app, port=8081)
