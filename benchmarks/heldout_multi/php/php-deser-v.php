<?php
$cart = isset($_COOKIE['cart']) ? unserialize(base64_decode($_COOKIE['cart'])) : [];
echo 'Items in cart: ' . count($cart);
