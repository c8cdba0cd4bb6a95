<?php
session_start();
$_SESSION['logged_in'] = true;
$back = $_GET['back'] ?? '/';
if (!preg_match('#^/(?![/\\\\])#', $back)) {
    $back = '/';
}
header('Location: ' . $back);
exit;
