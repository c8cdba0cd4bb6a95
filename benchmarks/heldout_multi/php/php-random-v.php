<?php
function remember_token(): string {
    return md5(uniqid((string) mt_rand(), true));
}
setcookie('remember', remember_token(), ['httponly' => true, 'secure' => true]);
