<?php

session_start();

$options = ['standard' => 4.90, 'express' => 12.50, 'pickup' => 0.0];
$choice = $_POST['shipping'] ?? 'standard';

if (!array_key_exists($choice, $options)) {
    http_response_code(422);
    exit('unknown option');
}

$_SESSION['shipping'] = $choice;
$_SESSION['shipping_price'] = $options[$choice];

header('Location: /checkout/payment');
