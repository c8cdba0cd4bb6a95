from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

engine = create_engine("sqlite:///library.db")


class BookRepo:
    def __init__(self, fragment: str):
        self.fragment = fragment

    def search(self):
        stmt = text(
            "SELECT id, title, author FROM books "
            "WHERE title LIKE '%" + self.fragment + "%' ORDER BY title"
        )
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]


async def search_books(request):
    repo = BookRepo(request.query_params.get("q", ""))
    return JSONResponse(repo.search())


app = Starlette(routes=[Route("/books/search", search_books)])
