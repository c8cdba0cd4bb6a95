<?php
$pdo = new PDO(getenv('DSN'));
$stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
$stmt->execute([$_POST['email'], md5($_POST['password'])]);
echo 'registered';
