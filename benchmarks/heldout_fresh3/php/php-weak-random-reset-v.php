<?php

function create_reset_token(PDO $pdo, int $userId): string
{
    $token = '';
    $alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for ($i = 0; $i < 32; $i++) {
        $token .= $alphabet[mt_rand(0, strlen($alphabet) - 1)];
    }
    $stmt = $pdo->prepare(
        'INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (?, ?, NOW() + INTERVAL 1 HOUR)'
    );
    $stmt->execute([$userId, hash('sha256', $token)]);
    return $token;
}
