<?php
declare(strict_types=1);

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$allowed = ['city' => 'city', 'country' => 'country'];
$field = $allowed[$_GET['field'] ?? 'city'] ?? 'city';
$value = $_GET['value'] ?? '';

$sql = "SELECT id, name, city, country FROM customers WHERE $field = ? ORDER BY name";
$stmt = $pdo->prepare($sql);
$stmt->execute([$value]);

header('Content-Type: application/json');
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
