<?php
$name = preg_replace('/[^A-Za-z0-9_-]/', '', $_GET['name'] ?? 'report');
header('Content-Type: text/csv');
header('Content-Disposition: attachment; filename="' . $name . '.csv"');
echo "id,total\n";
