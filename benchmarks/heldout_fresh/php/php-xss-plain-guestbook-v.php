<?php
session_start();
$author = $_POST['author'] ?? 'anonymous';
$message = $_POST['message'] ?? '';
?>
<!doctype html>
<html>
<body>
  <h2>Thanks for signing!</h2>
  <div class="entry">
    <strong><?= $author ?></strong> wrote:
    <p><?php echo nl2br($message); ?></p>
  </div>
</body>
</html>
