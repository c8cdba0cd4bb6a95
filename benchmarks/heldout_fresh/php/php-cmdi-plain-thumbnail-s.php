<?php
$uploadDir = __DIR__ . '/uploads/';
$name = bin2hex(random_bytes(8)) . '.jpg';
$target = $uploadDir . $name;

if (!move_uploaded_file($_FILES['photo']['tmp_name'], $target)) {
    http_response_code(400);
    exit('upload failed');
}

$thumb = $uploadDir . 'thumb_' . $name;
shell_exec("convert " . escapeshellarg($target) . " -resize 200x200 " . escapeshellarg($thumb));
echo "Thumbnail created";
