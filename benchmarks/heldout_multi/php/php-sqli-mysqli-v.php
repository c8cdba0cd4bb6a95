<?php
$db = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');
$id = $_GET['id'];
$result = $db->query("SELECT name, price FROM products WHERE id = $id");
$row = $result->fetch_assoc();
echo htmlspecialchars($row['name']) . ': ' . $row['price'];
