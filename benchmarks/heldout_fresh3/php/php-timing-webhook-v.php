<?php

$secret = getenv('WEBHOOK_SECRET');
$payload = file_get_contents('php://input');
$given = $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '';

$expected = 'sha256=' . hash_hmac('sha256', $payload, $secret);
if ($given !== $expected) {
    http_response_code(401);
    exit('bad signature');
}

$event = json_decode($payload, true);
enqueue_deploy($event['repository']['full_name'] ?? '', $event['after'] ?? '');
http_response_code(202);
