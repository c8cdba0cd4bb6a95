<?php
require 'vendor/autoload.php';
$users = (new MongoDB\Client())->app->users;
$user = $users->findOne(['username' => $_POST['username'], 'password' => $_POST['password']]);
echo $user ? 'welcome' : 'denied';
