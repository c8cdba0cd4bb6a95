<?php
// netcheck.php — small admin page to test reachability of a host
$host = $_POST['host'] ?? '';
$output = '';

if ($host !== '') {
    if (filter_var($host, FILTER_VALIDATE_IP) || preg_match('/^[a-z0-9]([a-z0-9.-]{0,250}[a-z0-9])?$/i', $host)) {
        $output = shell_exec('ping -c 3 -W 2 ' . escapeshellarg($host) . ' 2>&1');
    } else {
        $output = 'invalid host';
    }
}
?>
<!doctype html>
<html>
<body>
  <form method="post">
    <input name="host" placeholder="hostname or IP" value="<?= htmlspecialchars($host, ENT_QUOTES) ?>">
    <button>Ping</button>
  </form>
  <?php if ($output !== ''): ?>
    <pre><?= htmlspecialchars((string)$output, ENT_QUOTES) ?></pre>
  <?php endif; ?>
</body>
</html>
