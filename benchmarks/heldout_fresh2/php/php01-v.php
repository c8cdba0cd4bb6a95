<?php
// orders.php?customer_id=42&year=2024 — list a customer's invoices for a year
$db = new mysqli(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASS'), 'billing');
if ($db->connect_errno) {
    http_response_code(500);
    exit('db unavailable');
}

$customerId = $_GET['customer_id'] ?? '';
$year = $_GET['year'] ?? date('Y');

$sql = "SELECT id, number, total, issued_at FROM invoices
        WHERE customer_id = $customerId AND YEAR(issued_at) = '$year'
        ORDER BY issued_at DESC";
$result = $db->query($sql);

header('Content-Type: application/json');
$rows = [];
while ($row = $result->fetch_assoc()) {
    $rows[] = $row;
}
echo json_encode($rows);
