import html

from aiohttp import web

ITEMS = ["red mug", "blue mug", "green plate", "steel fork"]


def results_page(term: str, hits: list[str]) -> str:
    term = html.escape(term)
    rows = "".join(f"<li>{html.escape(h)}</li>" for h in hits)
    return (
        f"<html><body><h1>Results for {term}</h1>"
        f"<ul>{rows}</ul></body></html>"
    )


async def search(request: web.Request) -> web.Response:
    term = request.query.get("q", "")
    hits = [i for i in ITEMS if term.lower() in i]
    return web.Response(text=results_page(term, hits), content_type="text/html")


app = web.Application()
app.add_routes([web.get("/search", search)])
