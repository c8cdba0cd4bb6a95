<?php
$url = $_POST['avatar_url'] ?? '';
$allowedHosts = ['images.gravatar.com', 'avatars.githubusercontent.com'];
$parts = parse_url($url);
if (!$parts || ($parts['scheme'] ?? '') !== 'https' || !in_array($parts['host'] ?? '', $allowedHosts, true)
    || isset($parts['port']) || isset($parts['user'])) {
    http_response_code(400);
    exit('host not allowed');
}

$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_FOLLOWLOCATION, false);
curl_setopt($ch, CURLOPT_PROTOCOLS, CURLPROTO_HTTPS);
curl_setopt($ch, CURLOPT_TIMEOUT, 10);
$image = curl_exec($ch);
curl_close($ch);

if ($image === false) {
    http_response_code(502);
    exit;
}
file_put_contents(__DIR__ . '/avatars/' . bin2hex(random_bytes(6)) . '.img', $image);
echo 'saved';
