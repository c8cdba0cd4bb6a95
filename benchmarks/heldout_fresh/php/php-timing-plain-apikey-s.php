<?php
$expected = getenv('INTERNAL_API_KEY');
$given = $_SERVER['HTTP_X_API_KEY'] ?? '';

if ($expected === false || !hash_equals($expected, $given)) {
    http_response_code(403);
    exit(json_encode(['error' => 'forbidden']));
}

header('Content-Type: application/json');
echo json_encode(['queue_depth' => 42, 'workers' => 8]);
