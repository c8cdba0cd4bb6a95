<?php
// api/feedback.php — stores product feedback and keeps a plain-text activity log
const ACTIVITY_LOG = '/var/log/shop/activity.log';

function log_activity(string $action, string $detail): void
{
    $detail = preg_replace('/[\x00-\x1F\x7F]/', '?', $detail);
    $line = sprintf("[%s] %s %s %s\n", date('c'), $_SERVER['REMOTE_ADDR'] ?? '-', $action, $detail);
    file_put_contents(ACTIVITY_LOG, $line, FILE_APPEND | LOCK_EX);
}

$input = json_decode(file_get_contents('php://input'), true) ?? [];
$product = (int)($input['product_id'] ?? 0);
$author = (string)($input['name'] ?? 'anonymous');
$text = (string)($input['text'] ?? '');

require __DIR__ . '/../lib/db.php';
$stmt = $pdo->prepare('INSERT INTO feedback (product_id, author, body) VALUES (?, ?, ?)');
$stmt->execute([$product, $author, $text]);

log_activity('feedback', "product=$product author=$author");
http_response_code(201);
echo json_encode(['ok' => true]);
