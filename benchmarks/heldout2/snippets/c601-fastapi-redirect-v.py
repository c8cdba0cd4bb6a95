from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/logout")
def logout(return_to: str = "/"):
    response = RedirectResponse(url=return_to, status_code=303)
    response.delete_cookie("session")
    return response
