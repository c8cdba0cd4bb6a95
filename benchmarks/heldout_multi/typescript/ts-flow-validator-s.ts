import express from 'express';

const app = express();
const SHOP_ORIGIN = 'https://shop.example.com';

function isOwnUrl(target: string): boolean {
  try {
    return new URL(target).origin === SHOP_ORIGIN;
  } catch {
    return false;
  }
}

app.get('/checkout/done', (req, res) => {
  const target = String(req.query.next ?? '');
  res.redirect(isOwnUrl(target) ? target : '/');
});

app.listen(3000);
