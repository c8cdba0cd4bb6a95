<?php

function register_user(PDO $pdo, string $email, string $password): int
{
    $salt = bin2hex(random_bytes(8));
    $hash = $salt . '$' . md5($salt . $password);
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([strtolower($email), $hash]);
    return (int) $pdo->lastInsertId();
}

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$id = register_user($pdo, $_POST['email'] ?? '', $_POST['password'] ?? '');
header('Content-Type: application/json');
echo json_encode(['id' => $id]);
