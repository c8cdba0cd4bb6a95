<?php
$expr = $_POST['expr'] ?? '1+1';
$result = eval('return ' . $expr . ';');
echo 'Result: ' . htmlspecialchars((string) $result);
