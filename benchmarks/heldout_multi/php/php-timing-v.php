<?php
$payload = file_get_contents('php://input');
$expected = hash_hmac('sha256', $payload, getenv('WEBHOOK_SECRET'));
if ($expected != ($_SERVER['HTTP_X_SIGNATURE'] ?? '')) {
    http_response_code(401);
    exit;
}
echo 'ok';
