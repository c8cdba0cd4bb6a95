from aiohttp import web
import os


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "localhost")
    count = int(request.query.get("count", "3"))
    stream = os.popen(f"ping -c {count} {host}")
    output = stream.read()
    stream.close()
    return web.json_response({"host": host, "output": output.splitlines()})


app = web.Application()
app.router.add_get("/ping", ping)

if __name__ == "__main__":
    web.run_app(app, port=8080)
