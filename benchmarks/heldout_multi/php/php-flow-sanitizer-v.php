<?php
function clean_name(string $name): string {
    return str_replace('../', '', $name);
}

$file = clean_name($_GET['img'] ?? '');
header('Content-Type: image/png');
readfile(__DIR__ . '/thumbs/' . $file);
