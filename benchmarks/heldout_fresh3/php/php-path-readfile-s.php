<?php

const DOC_ROOT = '/var/www/shared-docs';

$name = $_GET['f'] ?? '';
$path = realpath(DOC_ROOT . '/' . $name);

if ($name === '' || $path === false || !str_starts_with($path, DOC_ROOT . '/') || !is_file($path)) {
    http_response_code(404);
    exit('Not found');
}

header('Content-Type: application/octet-stream');
header('Content-Disposition: attachment; filename="' . basename($path) . '"');
header('Content-Length: ' . filesize($path));
readfile($path);
