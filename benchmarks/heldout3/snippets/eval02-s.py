import ast

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.post("/stats")
async def stats(request: Request):
    body = (await request.body()).decode()
    numbers = ast.literal_eval(body)
    if not isinstance(numbers, list) or not numbers or not all(isinstance(n, (int, float)) for n in numbers):
        raise HTTPException(status_code=400)
    return {"count": len(numbers), "mean": sum(numbers) / len(numbers)}
