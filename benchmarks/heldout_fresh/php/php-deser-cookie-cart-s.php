<?php
class Cart
{
    public array $items = [];
    public function total(): float
    {
        return array_sum(array_map(fn($i) => $i['price'] * $i['qty'], $this->items));
    }
}

$cart = new Cart();
if (isset($_COOKIE['cart'])) {
    $items = unserialize(base64_decode($_COOKIE['cart']), ['allowed_classes' => false]);
    $cart->items = is_array($items) ? $items : [];
}

printf("Items: %d, total: %.2f", count($cart->items), $cart->total());
