<?php
declare(strict_types=1);

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$field = $_GET['field'] ?? 'city';
$value = $_GET['value'] ?? '';

$sql = "SELECT id, name, city, country FROM customers WHERE $field = '$value' ORDER BY name";
$rows = $pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC);

header('Content-Type: application/json');
echo json_encode($rows);
