<?php
$uploadDir = __DIR__ . '/uploads/';
$name = $_FILES['photo']['name'];
$target = $uploadDir . $name;

if (!move_uploaded_file($_FILES['photo']['tmp_name'], $target)) {
    http_response_code(400);
    exit('upload failed');
}

$thumb = $uploadDir . 'thumb_' . $name;
shell_exec("convert " . $target . " -resize 200x200 " . $thumb);
echo "Thumbnail created";
