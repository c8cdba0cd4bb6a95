<?php
$url = $_GET['url'];
$host = parse_url($url, PHP_URL_HOST);
$scheme = parse_url($url, PHP_URL_SCHEME);
if ($scheme !== 'https' || !in_array($host, ['images.example.com', 'static.example.com'], true)) {
    http_response_code(400);
    exit;
}
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$data = curl_exec($ch);
curl_close($ch);
header('Content-Type: image/jpeg');
echo $data;
