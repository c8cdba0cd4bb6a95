<?php
$pdo = new PDO(getenv('DSN'));
$region = $_GET['region'] ?? 'EU';

$runQuery = function () use ($pdo, $region) {
    $stmt = $pdo->prepare('SELECT SUM(amount) FROM sales WHERE region = ?');
    $stmt->execute([$region]);
    return $stmt->fetchColumn();
};

echo json_encode(['total' => $runQuery()]);
