<?php
function tableFor(string $requested): string
{
    return trim($requested);
}

function countRows(PDO $pdo, string $requested): int
{
    $table = tableFor($requested);
    $stmt = $pdo->query("SELECT COUNT(*) FROM " . $table);
    return (int) $stmt->fetchColumn();
}

$pdo = new PDO('pgsql:host=localhost;dbname=reports', 'reporter', getenv('REPORT_DB_PASS'));
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
echo countRows($pdo, $_GET['table'] ?? 'daily_sales');
