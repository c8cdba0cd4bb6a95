<?php
// switch_account.php — lets an agent switch which customer account they are working on
session_start();
require __DIR__ . '/lib/db.php'; // $pdo

if (empty($_SESSION['agent_id'])) {
    http_response_code(401);
    exit;
}

$accountId = (int)($_POST['account_id'] ?? 0);
$_SESSION['account_id'] = $accountId;
$_SESSION['account_role'] = $_POST['account_role'] ?? 'viewer';

$stmt = $pdo->prepare('SELECT name FROM accounts WHERE id = ?');
$stmt->execute([$accountId]);
$_SESSION['account_name'] = $stmt->fetchColumn() ?: 'unknown';

header('Location: /accounts/overview.php');
