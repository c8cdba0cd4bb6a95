<?php
require 'router.php';
try {
    dispatch($_SERVER['REQUEST_URI']);
} catch (Throwable $e) {
    http_response_code(500);
    echo json_encode(['error' => $e->getMessage(), 'trace' => $e->getTraceAsString()]);
}
