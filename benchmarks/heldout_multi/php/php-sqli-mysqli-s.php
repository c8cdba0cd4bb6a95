<?php
$db = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');
$id = $_GET['id'];
$stmt = $db->prepare('SELECT name, price FROM products WHERE id = ?');
$stmt->bind_param('i', $id);
$stmt->execute();
$row = $stmt->get_result()->fetch_assoc();
echo htmlspecialchars($row['name']) . ': ' . $row['price'];
