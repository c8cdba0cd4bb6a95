from aiohttp import web


async def profile(request):
    name = request.match_info["name"]
    pool = request.app["db"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT bio FROM profiles WHERE handle = $1", name)
    return web.json_response({"bio": row["bio"] if row else None})
