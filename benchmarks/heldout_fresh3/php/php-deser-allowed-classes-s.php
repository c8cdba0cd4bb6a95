<?php

require __DIR__ . '/bootstrap.php';

$user = require_login();

if (!isset($_FILES['presets']) || $_FILES['presets']['error'] !== UPLOAD_ERR_OK) {
    http_response_code(400);
    exit('no file');
}

$raw = file_get_contents($_FILES['presets']['tmp_name']);
$presets = unserialize($raw, ['allowed_classes' => false]);

if (!is_array($presets)) {
    http_response_code(422);
    exit('bad file');
}

$saved = save_filter_presets($user->id, array_slice(array_filter($presets, 'is_array'), 0, 20));
header('Content-Type: application/json');
echo json_encode(['imported' => $saved]);
