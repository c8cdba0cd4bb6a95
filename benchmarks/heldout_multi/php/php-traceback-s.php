<?php
require 'router.php';
try {
    dispatch($_SERVER['REQUEST_URI']);
} catch (Throwable $e) {
    error_log((string) $e);
    http_response_code(500);
    echo json_encode(['error' => 'internal error']);
}
