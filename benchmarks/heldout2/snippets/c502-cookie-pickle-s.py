import json

import tornado.web


class CartHandler(tornado.web.RequestHandler):
    def get(self):
        raw = self.get_signed_cookie("cart")
        cart = json.loads(raw) if raw else []
        self.write({"items": cart, "count": len(cart)})

    def post(self):
        cart = [self.get_argument("sku")]
        self.set_signed_cookie("cart", json.dumps(cart), httponly=True, secure=True)
        self.write({"ok": True})
