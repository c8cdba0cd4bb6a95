<?php
// switch_account.php — lets an agent switch which customer account they are working on
session_start();
require __DIR__ . '/lib/db.php'; // $pdo

if (empty($_SESSION['agent_id'])) {
    http_response_code(401);
    exit;
}

$accountId = (int)($_POST['account_id'] ?? 0);
$stmt = $pdo->prepare('SELECT a.name, g.role FROM accounts a JOIN agent_grants g ON g.account_id = a.id
                       WHERE a.id = ? AND g.agent_id = ?');
$stmt->execute([$accountId, $_SESSION['agent_id']]);
$grant = $stmt->fetch(PDO::FETCH_ASSOC);
if (!$grant) {
    http_response_code(403);
    exit('No access to that account');
}

$_SESSION['account_id'] = $accountId;
$_SESSION['account_role'] = $grant['role'];
$_SESSION['account_name'] = $grant['name'];

header('Location: /accounts/overview.php');
