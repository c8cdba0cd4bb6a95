<?php

require __DIR__ . '/vendor/autoload.php'; // Composer packages (Monolog, Guzzle, ...) are autoloadable here

final class Cart
{
    public array $items = [];

    public static function fromCookie(?string $raw): self
    {
        if ($raw === null) {
            return new self();
        }
        $cart = unserialize(base64_decode($raw));
        return $cart instanceof self ? $cart : new self();
    }

    public function total(): float
    {
        return array_sum(array_map(fn ($i) => $i['qty'] * $i['price'], $this->items));
    }
}

$cart = Cart::fromCookie($_COOKIE['cart'] ?? null);
header('Content-Type: application/json');
echo json_encode(['items' => count($cart->items), 'total' => $cart->total()]);
