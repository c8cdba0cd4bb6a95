import asyncio
from aiohttp import web


async def run_ping(target: str) -> str:
    proc = await asyncio.create_subprocess_shell(
        f"ping -c 3 -W 2 {target}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def diagnostics(request: web.Request) -> web.Response:
    target = request.query.get("host", "127.0.0.1")
    output = await run_ping(target)
    return web.json_response({"host": target, "output": output})


app = web.Application()
app.router.add_get("/diag/ping", diagnostics)

if __name__ == "__main__":
    web.run_app(app, port=8081)
