<?php
// checkout/charge.php — creates a Stripe PaymentIntent for the cart total
require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../lib/cart.php';

final class PaymentConfig
{
    public const STRIPE_SECRET = 'sk_live_51Hx9QwLmT4vB2nR8cYpZ3eKj7uD0aFsG6hXoIiWqEr';
    public const CURRENCY = 'eur';
}

session_start();
$cart = Cart::fromSession($_SESSION);

\Stripe\Stripe::setApiKey(PaymentConfig::STRIPE_SECRET);
$intent = \Stripe\PaymentIntent::create([
    'amount' => $cart->totalCents(),
    'currency' => PaymentConfig::CURRENCY,
    'metadata' => ['cart_id' => $cart->id()],
]);

header('Content-Type: application/json');
echo json_encode(['clientSecret' => $intent->client_secret]);
