<?php
session_start();
$_SESSION['logged_in'] = true;
$back = $_GET['back'] ?? '/';
header('Location: ' . $back);
exit;
