from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
products = MongoClient().shop.products

@app.get("/cheap")
def cheap(max_price: float):
    docs = products.find({"price": {"$lt": float(max_price)}})
    return [d["name"] for d in docs]
