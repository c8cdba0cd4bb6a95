<?php
function clean_name(string $name): string {
    return basename($name);
}

$file = clean_name($_GET['img'] ?? '');
header('Content-Type: image/png');
readfile(__DIR__ . '/thumbs/' . $file);
