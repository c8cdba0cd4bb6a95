<?php
$db = new mysqli('localhost', 'web', getenv('DB_PASS'), 'blog');
$term = $_GET['q'] ?? '';

$sql = "SELECT id, title FROM articles WHERE title LIKE '%" . $term . "%' ORDER BY published_at DESC LIMIT 20";
$result = $db->query($sql);

header('Content-Type: application/json');
$rows = [];
while ($row = $result->fetch_assoc()) {
    $rows[] = $row;
}
echo json_encode($rows);
