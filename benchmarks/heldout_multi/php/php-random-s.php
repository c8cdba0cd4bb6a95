<?php
function remember_token(): string {
    return bin2hex(random_bytes(32));
}
setcookie('remember', remember_token(), ['httponly' => true, 'secure' => true]);
