import express from "express";
import cookieParser from "cookie-parser";
import serialize from "node-serialize";

const app = express();
app.use(cookieParser());

interface CartState { items: { sku: string; qty: number }[]; coupon?: string }

app.get("/cart", (req, res) => {
  const raw = req.cookies.cart;
  let cart: CartState = { items: [] };
  if (raw) {
    cart = serialize.unserialize(Buffer.from(raw, "base64").toString("utf8")) as CartState;
  }
  const total = cart.items.reduce((n, i) => n + i.qty, 0);
  res.json({ items: cart.items, count: total, coupon: cart.coupon ?? null });
});

app.listen(3000);
