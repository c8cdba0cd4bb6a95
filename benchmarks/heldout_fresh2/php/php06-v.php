<?php
// unsubscribe.php?email=jane@example.com&list=weekly
require __DIR__ . '/lib/newsletter.php';

$email = $_GET['email'] ?? '';
$list = $_GET['list'] ?? 'weekly';
$done = false;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $done = newsletter_unsubscribe($_POST['email'] ?? '', $_POST['list'] ?? '');
}
?>
<!doctype html>
<html>
<head><title>Unsubscribe</title></head>
<body>
<?php if ($done): ?>
  <p>You will no longer receive the <?php echo $list; ?> newsletter.</p>
<?php else: ?>
  <p>Unsubscribe <b><?php echo $email; ?></b> from the <?php echo $list; ?> list?</p>
  <form method="post">
    <input type="hidden" name="email" value="<?php echo $email; ?>">
    <input type="hidden" name="list" value="<?php echo $list; ?>">
    <button>Confirm</button>
  </form>
<?php endif; ?>
</body>
</html>
