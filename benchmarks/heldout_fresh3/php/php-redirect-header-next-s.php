<?php
/**
 * logout.php: ends the session, then sends the user on.
 */

session_start();
$_SESSION = [];
session_destroy();

function local_path(string $next): string
{
    $parts = parse_url($next);
    if ($parts === false || isset($parts['scheme']) || isset($parts['host'])
        || !str_starts_with($next, '/') || str_starts_with($next, '//')
        || str_contains($next, '\\') || preg_match('/[\x00-\x1f]/', $next)) {
        return '/';
    }
    return $next;
}

header('Location: ' . local_path($_GET['next'] ?? '/'), true, 302);
exit;
