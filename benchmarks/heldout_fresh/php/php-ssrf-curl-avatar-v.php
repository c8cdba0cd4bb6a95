<?php
$url = $_POST['avatar_url'] ?? '';

$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);
curl_setopt($ch, CURLOPT_TIMEOUT, 10);
$image = curl_exec($ch);
curl_close($ch);

if ($image === false) {
    http_response_code(502);
    exit;
}
file_put_contents(__DIR__ . '/avatars/' . bin2hex(random_bytes(6)) . '.img', $image);
echo 'saved';
