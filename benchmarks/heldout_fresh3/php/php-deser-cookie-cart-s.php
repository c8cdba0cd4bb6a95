<?php

require __DIR__ . '/vendor/autoload.php'; // Composer packages (Monolog, Guzzle, ...) are autoloadable here

final class Cart
{
    public array $items = [];

    public static function fromCookie(?string $raw): self
    {
        $cart = new self();
        if ($raw === null) {
            return $cart;
        }
        $data = json_decode(base64_decode($raw), true);
        $cart->items = is_array($data['items'] ?? null) ? $data['items'] : [];
        return $cart;
    }

    public function total(): float
    {
        return array_sum(array_map(fn ($i) => (int) $i['qty'] * (float) $i['price'], $this->items));
    }
}

$cart = Cart::fromCookie($_COOKIE['cart'] ?? null);
header('Content-Type: application/json');
echo json_encode(['items' => count($cart->items), 'total' => $cart->total()]);
