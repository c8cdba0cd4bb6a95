import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe('sk_live_51Hq2kPLm8sR4tVx9QwErTy7uIoP3aSdF6gHjK', { apiVersion: '2023-10-16' });
const app = express();

app.post('/checkout', async (_req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_basic', quantity: 1 }], success_url: 'https://example.com/ok' });
  res.json({ url: session.url });
});

app.listen(3000);
