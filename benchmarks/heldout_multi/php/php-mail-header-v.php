<?php
$from = $_POST['email'] ?? '';
$message = $_POST['message'] ?? '';
$headers = "From: " . $from . "\r\nReply-To: " . $from;
mail('support@example.com', 'Contact form', $message, $headers);
echo 'Thanks!';
