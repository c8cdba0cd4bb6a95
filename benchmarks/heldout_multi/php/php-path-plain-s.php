<?php
$base = realpath(__DIR__ . '/uploads');
$path = realpath($base . '/' . $_GET['file']);
if ($path === false || strpos($path, $base . DIRECTORY_SEPARATOR) !== 0) {
    http_response_code(404);
    exit;
}
header('Content-Type: application/octet-stream');
readfile($path);
