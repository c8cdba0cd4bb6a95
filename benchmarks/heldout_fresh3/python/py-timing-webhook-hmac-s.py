import hashlib
import hmac
import os

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

SECRET = os.environ["WEBHOOK_SECRET"].encode()


def signature_ok(body: bytes, header: str) -> bool:
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.encode(), f"sha256={expected}".encode())


async def webhook(request):
    body = await request.body()
    if not signature_ok(body, request.headers.get("x-signature", "")):
        return Response(status_code=401)
    # enqueue for processing
    return Response(status_code=204)


app = Starlette(routes=[Route("/webhooks/payments", webhook, methods=["POST"])])
