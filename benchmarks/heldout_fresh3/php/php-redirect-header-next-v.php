<?php
/**
 * logout.php: ends the session, then sends the user on.
 */

session_start();
$_SESSION = [];
session_destroy();

$next = $_GET['next'] ?? '/';
header('Location: ' . $next, true, 302);
exit;
