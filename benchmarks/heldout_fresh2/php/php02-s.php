<?php
// products.php?category=3&sort=price&order=desc
require __DIR__ . '/db.php'; // provides $pdo (PDO, ERRMODE_EXCEPTION)

const SORTABLE = ['name' => 'name', 'price' => 'price', 'stock' => 'stock', 'newest' => 'created_at'];

function listProducts(PDO $pdo, int $category, string $sort, string $order): array
{
    $column = SORTABLE[$sort] ?? 'name';
    $order = strtolower($order) === 'asc' ? 'ASC' : 'DESC';
    $sql = "SELECT id, name, price, stock FROM products WHERE category_id = :cat ORDER BY $column $order";
    $stmt = $pdo->prepare($sql);
    $stmt->execute([':cat' => $category]);
    return $stmt->fetchAll(PDO::FETCH_ASSOC);
}

$products = listProducts(
    $pdo,
    (int)($_GET['category'] ?? 0),
    (string)($_GET['sort'] ?? 'name'),
    (string)($_GET['order'] ?? 'asc')
);

header('Content-Type: application/json');
echo json_encode($products);
