from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
products = MongoClient().shop.products

@app.get("/cheap")
def cheap(max_price: str):
    docs = products.find({"$where": "this.price < " + max_price})
    return [d["name"] for d in docs]
