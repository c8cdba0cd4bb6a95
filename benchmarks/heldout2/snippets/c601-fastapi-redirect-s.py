from urllib.parse import urlparse

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/logout")
def logout(return_to: str = "/"):
    parts = urlparse(return_to)
    if parts.scheme or parts.netloc or not return_to.startswith("/") or return_to.startswith("//"):
        return_to = "/"
    response = RedirectResponse(url=return_to, status_code=303)
    response.delete_cookie("session")
    return response
