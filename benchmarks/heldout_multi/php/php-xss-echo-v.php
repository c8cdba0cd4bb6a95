<?php
$name = $_POST['name'] ?? '';
$comment = $_POST['comment'] ?? '';
?>
<h2>Thanks, <?= $name ?></h2>
<blockquote><?php echo $comment; ?></blockquote>
