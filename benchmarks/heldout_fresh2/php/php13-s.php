<?php
// checkout/charge.php — creates a Stripe PaymentIntent for the cart total
require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../lib/cart.php';

final class PaymentConfig
{
    public const CURRENCY = 'eur';

    public static function stripeSecret(): string
    {
        $key = getenv('STRIPE_SECRET_KEY');
        if ($key === false || $key === '') {
            throw new RuntimeException('STRIPE_SECRET_KEY is not configured');
        }
        return $key;
    }
}

session_start();
$cart = Cart::fromSession($_SESSION);

\Stripe\Stripe::setApiKey(PaymentConfig::stripeSecret());
$intent = \Stripe\PaymentIntent::create([
    'amount' => $cart->totalCents(),
    'currency' => PaymentConfig::CURRENCY,
    'metadata' => ['cart_id' => $cart->id()],
]);

header('Content-Type: application/json');
echo json_encode(['clientSecret' => $intent->client_secret]);
