<?php
// logout.php?next=/shop — ends the session and sends the visitor on
session_start();

$_SESSION = [];
if (ini_get('session.use_cookies')) {
    $p = session_get_cookie_params();
    setcookie(session_name(), '', time() - 42000, $p['path'], $p['domain'], $p['secure'], $p['httponly']);
}
session_destroy();

$next = $_GET['next'] ?? '/';
header('Location: ' . $next, true, 302);
exit;
