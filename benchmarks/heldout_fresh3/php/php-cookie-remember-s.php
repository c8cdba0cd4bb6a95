<?php

require __DIR__ . '/bootstrap.php';

$user = authenticate($_POST['email'] ?? '', $_POST['password'] ?? '');
if ($user === null) {
    http_response_code(401);
    exit('Invalid credentials');
}

$token = bin2hex(random_bytes(32));
store_remember_token($user['id'], hash('sha256', $token));

setcookie('remember', $user['id'] . ':' . $token, [
    'expires'  => time() + 30 * 86400,
    'path'     => '/',
    'secure'   => true,
    'httponly' => true,
    'samesite' => 'Lax',
]);
header('Location: /dashboard');
