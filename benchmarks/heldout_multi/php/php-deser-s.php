<?php
$cart = isset($_COOKIE['cart']) ? json_decode(base64_decode($_COOKIE['cart']), true) : [];
echo 'Items in cart: ' . count(is_array($cart) ? $cart : []);
