<?php
// netcheck.php — small admin page to test reachability of a host
$host = $_POST['host'] ?? '';
$output = '';

if ($host !== '') {
    $output = shell_exec('ping -c 3 -W 2 ' . $host . ' 2>&1');
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
