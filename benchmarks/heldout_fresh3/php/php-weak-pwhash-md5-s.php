<?php

function register_user(PDO $pdo, string $email, string $password): int
{
    $hash = password_hash($password, PASSWORD_ARGON2ID);
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([strtolower($email), $hash]);
    return (int) $pdo->lastInsertId();
}

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$id = register_user($pdo, $_POST['email'] ?? '', $_POST['password'] ?? '');
header('Content-Type: application/json');
echo json_encode(['id' => $id]);
