<?php
$from = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
if ($from === false) {
    exit('Please enter a valid email address');
}
$message = $_POST['message'] ?? '';
$headers = "From: " . $from . "\r\nReply-To: " . $from;
mail('support@example.com', 'Contact form', $message, $headers);
echo 'Thanks!';
