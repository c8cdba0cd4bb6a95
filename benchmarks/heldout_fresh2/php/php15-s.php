<?php
// remember_me.php — issues a long-lived login token after a successful password check
require __DIR__ . '/bootstrap.php'; // $pdo, auth helpers

function issueRememberToken(PDO $pdo, int $userId): void
{
    $selector = bin2hex(random_bytes(9));
    $validator = bin2hex(random_bytes(32));
    $stmt = $pdo->prepare('INSERT INTO remember_tokens (selector, hash, user_id, expires) VALUES (?, ?, ?, ?)');
    $stmt->execute([$selector, hash('sha256', $validator), $userId, date('Y-m-d H:i:s', time() + 30 * 86400)]);

    setcookie('remember', $selector . ':' . $validator, [
        'expires' => time() + 30 * 86400,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Strict',
    ]);
}

$user = check_password($pdo, $_POST['email'] ?? '', $_POST['password'] ?? '');
if ($user === null) {
    http_response_code(401);
    exit('Wrong email or password');
}
if (!empty($_POST['remember'])) {
    issueRememberToken($pdo, $user['id']);
}
header('Location: /dashboard');
