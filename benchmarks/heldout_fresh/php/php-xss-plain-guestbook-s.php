<?php
session_start();
$author = $_POST['author'] ?? 'anonymous';
$message = $_POST['message'] ?? '';
function e(string $s): string { return htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8'); }
?>
<!doctype html>
<html>
<body>
  <h2>Thanks for signing!</h2>
  <div class="entry">
    <strong><?= e($author) ?></strong> wrote:
    <p><?php echo nl2br(e($message)); ?></p>
  </div>
</body>
</html>
