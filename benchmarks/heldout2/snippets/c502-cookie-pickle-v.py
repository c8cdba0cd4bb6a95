import base64
import pickle

import tornado.web


class CartHandler(tornado.web.RequestHandler):
    def get(self):
        raw = self.get_cookie("cart")
        cart = pickle.loads(base64.b64decode(raw)) if raw else []
        self.write({"items": cart, "count": len(cart)})

    def post(self):
        cart = [self.get_argument("sku")]
        self.set_cookie("cart", base64.b64encode(pickle.dumps(cart)).decode(), httponly=True, secure=True)
        self.write({"ok": True})
