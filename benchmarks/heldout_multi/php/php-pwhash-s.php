<?php
$pdo = new PDO(getenv('DSN'));
$stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
$stmt->execute([$_POST['email'], password_hash($_POST['password'], PASSWORD_DEFAULT)]);
echo 'registered';
