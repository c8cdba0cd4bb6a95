<?php
$db = new mysqli('localhost', 'web', getenv('DB_PASS'), 'blog');
$term = $_GET['q'] ?? '';

$stmt = $db->prepare("SELECT id, title FROM articles WHERE title LIKE ? ORDER BY published_at DESC LIMIT 20");
$like = '%' . $term . '%';
$stmt->bind_param('s', $like);
$stmt->execute();
$result = $stmt->get_result();

header('Content-Type: application/json');
$rows = [];
while ($row = $result->fetch_assoc()) {
    $rows[] = $row;
}
echo json_encode($rows);
