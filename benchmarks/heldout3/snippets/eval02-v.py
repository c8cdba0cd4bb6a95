from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/stats")
async def stats(request: Request):
    body = (await request.body()).decode()
    numbers = eval(body)
    return {"count": len(numbers), "mean": sum(numbers) / len(numbers)}
