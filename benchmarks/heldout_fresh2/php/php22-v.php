<?php
// register.php — creates an account from the sign-up form
require __DIR__ . '/lib/db.php'; // $mysqli

$email = trim($_POST['email'] ?? '');
$password = $_POST['password'] ?? '';

if (!filter_var($email, FILTER_VALIDATE_EMAIL) || strlen($password) < 8) {
    http_response_code(422);
    exit('Please enter a valid email and a password of at least 8 characters.');
}

$salt = substr(sha1((string)microtime(true)), 0, 8);
$hash = md5($salt . $password);

$stmt = $mysqli->prepare('INSERT INTO accounts (email, pw_salt, pw_hash, created_at) VALUES (?, ?, ?, NOW())');
$stmt->bind_param('sss', $email, $salt, $hash);
if (!$stmt->execute()) {
    http_response_code(409);
    exit('That email is already registered.');
}
header('Location: /welcome.php');
