<?php
$name = $_POST['name'] ?? '';
$comment = $_POST['comment'] ?? '';
?>
<h2>Thanks, <?= htmlspecialchars($name, ENT_QUOTES, 'UTF-8') ?></h2>
<blockquote><?php echo htmlspecialchars($comment, ENT_QUOTES, 'UTF-8'); ?></blockquote>
