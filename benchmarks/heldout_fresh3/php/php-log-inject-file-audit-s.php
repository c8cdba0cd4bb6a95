<?php

function audit(string $event, string $user): void
{
    $user = addcslashes(substr($user, 0, 64), "\0..\37\\");
    $line = sprintf("%s %s user=%s ip=%s\n", date('c'), $event, $user, $_SERVER['REMOTE_ADDR'] ?? '-');
    file_put_contents('/var/log/app/audit.log', $line, FILE_APPEND | LOCK_EX);
}

$user = $_POST['username'] ?? '';
if (!check_login($user, $_POST['password'] ?? '')) {
    audit('LOGIN_FAILED', $user);
    http_response_code(401);
    exit('invalid credentials');
}
audit('LOGIN_OK', $user);
header('Location: /home');
