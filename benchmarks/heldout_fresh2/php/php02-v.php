<?php
// products.php?category=3&sort=price&order=desc
require __DIR__ . '/db.php'; // provides $pdo (PDO, ERRMODE_EXCEPTION)

function listProducts(PDO $pdo, int $category, string $sort, string $order): array
{
    $order = strtolower($order) === 'asc' ? 'ASC' : 'DESC';
    $sql = "SELECT id, name, price, stock FROM products WHERE category_id = :cat ORDER BY $sort $order";
    $stmt = $pdo->prepare($sql);
    $stmt->execute([':cat' => $category]);
    return $stmt->fetchAll(PDO::FETCH_ASSOC);
}

$products = listProducts(
    $pdo,
    (int)($_GET['category'] ?? 0),
    $_GET['sort'] ?? 'name',
    $_GET['order'] ?? 'asc'
);

header('Content-Type: application/json');
echo json_encode($products);
