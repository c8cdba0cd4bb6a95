from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

db = AsyncIOMotorClient("mongodb://mongo:27017").shop


async def track_order(request: web.Request) -> web.Response:
    body = await request.json()
    query = {"order_no": body.get("order_no"), "email": body.get("email")}
    order = await db.orders.find_one(query, {"_id": 0, "items": 1, "status": 1,
                                             "address": 1})
    if order is None:
        raise web.HTTPNotFound(text="no such order")
    return web.json_response(order)


app = web.Application()
app.router.add_post("/orders/track", track_order)
