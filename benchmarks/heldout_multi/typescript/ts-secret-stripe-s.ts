import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });
const app = express();

app.post('/checkout', async (_req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_basic', quantity: 1 }], success_url: 'https://example.com/ok' });
  res.json({ url: session.url });
});

app.listen(3000);
