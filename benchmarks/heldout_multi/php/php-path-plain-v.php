<?php
$base = __DIR__ . '/uploads/';
$file = $_GET['file'];
header('Content-Type: application/octet-stream');
readfile($base . $file);
