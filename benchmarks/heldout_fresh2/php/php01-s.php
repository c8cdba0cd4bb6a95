<?php
// orders.php?customer_id=42&year=2024 — list a customer's invoices for a year
$db = new mysqli(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASS'), 'billing');
if ($db->connect_errno) {
    http_response_code(500);
    exit('db unavailable');
}

$customerId = (int)($_GET['customer_id'] ?? 0);
$year = (int)($_GET['year'] ?? date('Y'));

$stmt = $db->prepare("SELECT id, number, total, issued_at FROM invoices
        WHERE customer_id = ? AND YEAR(issued_at) = ?
        ORDER BY issued_at DESC");
$stmt->bind_param('ii', $customerId, $year);
$stmt->execute();
$result = $stmt->get_result();

header('Content-Type: application/json');
$rows = [];
while ($row = $result->fetch_assoc()) {
    $rows[] = $row;
}
echo json_encode($rows);
