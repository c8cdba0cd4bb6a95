<?php
$expr = $_POST['expr'] ?? '1+1';
if (!preg_match('/^\s*(\d+(\.\d+)?)\s*([-+*\/])\s*(\d+(\.\d+)?)\s*$/', $expr, $m)) {
    exit('Unsupported expression');
}
$a = (float) $m[1];
$b = (float) $m[4];
$result = match ($m[3]) { '+' => $a + $b, '-' => $a - $b, '*' => $a * $b, '/' => $b != 0 ? $a / $b : NAN };
echo 'Result: ' . htmlspecialchars((string) $result);
