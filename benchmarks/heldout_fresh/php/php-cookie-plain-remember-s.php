<?php
/**
 * Issues a long-lived "remember me" token and stores only its hash.
 */
function rememberUser(int $userId, PDO $pdo): void
{
    $token = bin2hex(random_bytes(32));
    $stmt = $pdo->prepare('INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES (?, ?, ?)');
    $stmt->execute([$userId, hash('sha256', $token), date('Y-m-d H:i:s', time() + 30 * 86400)]);

    setcookie('remember_me', $token, [
        'expires' => time() + 30 * 86400,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Lax',
    ]);
}
