<?php
require 'vendor/autoload.php';
$users = (new MongoDB\Client())->app->users;
$user = $users->findOne(['username' => (string) $_POST['username']]);
$ok = $user && password_verify((string) $_POST['password'], $user['password_hash']);
echo $ok ? 'welcome' : 'denied';
