<?php
// export_report.php — builds a CSV export in a temp file, then streams it to the browser
session_start();
require __DIR__ . '/lib/reports.php';

$reportId = (int)($_GET['report'] ?? 0);
$rows = fetch_report_rows($reportId, $_SESSION['user_id'] ?? 0);

$tmp = '/tmp/report_' . $reportId . '_' . date('Ymd') . '.csv';
$fh = fopen($tmp, 'w');
foreach ($rows as $row) {
    fputcsv($fh, $row);
}
fclose($fh);

header('Content-Type: text/csv');
header('Content-Disposition: attachment; filename="report-' . $reportId . '.csv"');
readfile($tmp);
unlink($tmp);
