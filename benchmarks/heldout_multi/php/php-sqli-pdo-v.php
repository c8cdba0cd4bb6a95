<?php
session_start();
$pdo = new PDO('mysql:host=localhost;dbname=app', 'app', getenv('DB_PASS'));

function findUser(PDO $pdo, string $email) {
    $sql = "SELECT id, password_hash FROM users WHERE email = '" . $email . "'";
    return $pdo->query($sql)->fetch(PDO::FETCH_ASSOC);
}

$user = findUser($pdo, $_POST['email']);
if ($user && password_verify($_POST['password'], $user['password_hash'])) {
    $_SESSION['uid'] = $user['id'];
    header('Location: /dashboard.php');
    exit;
}
echo 'Invalid login';
