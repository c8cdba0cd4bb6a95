<?php
// logout.php?next=/shop — ends the session and sends the visitor on
session_start();

$_SESSION = [];
if (ini_get('session.use_cookies')) {
    $p = session_get_cookie_params();
    setcookie(session_name(), '', time() - 42000, $p['path'], $p['domain'], $p['secure'], $p['httponly']);
}
session_destroy();

function local_path_or_root(string $next): string
{
    // only same-site absolute paths: "/x", not "//evil.com" or "/\evil.com"
    if (preg_match('#^/(?![/\\\\])[A-Za-z0-9/_\-.?=&%]*$#', $next)) {
        return $next;
    }
    return '/';
}

$next = local_path_or_root((string)($_GET['next'] ?? '/'));
header('Location: ' . $next, true, 302);
exit;
