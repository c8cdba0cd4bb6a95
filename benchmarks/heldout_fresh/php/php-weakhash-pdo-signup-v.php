<?php
$pdo = new PDO('mysql:host=localhost;dbname=app;charset=utf8mb4', 'app', getenv('DB_PASSWORD'));

$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
$password = $_POST['password'] ?? '';
if (!$email || strlen($password) < 8) {
    http_response_code(422);
    exit('invalid input');
}

$hash = md5('s4lt' . $password);
$stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
echo 'Account created';
