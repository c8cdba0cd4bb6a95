<?php
$domain = $_GET['domain'] ?? 'example.com';
$output = shell_exec('dig +short MX ' . $domain);
echo '<pre>' . htmlspecialchars($output) . '</pre>';
