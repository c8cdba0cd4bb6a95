<?php
$pdo = new PDO(getenv('DSN'));
$region = $_GET['region'] ?? 'EU';

$buildQuery = function () use ($region) {
    return "SELECT SUM(amount) FROM sales WHERE region = '$region'";
};

$total = $pdo->query($buildQuery())->fetchColumn();
echo json_encode(['total' => $total]);
