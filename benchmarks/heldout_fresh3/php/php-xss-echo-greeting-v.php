<?php
$name = $_POST['name'] ?? 'friend';
$email = $_POST['email'] ?? '';

function greeting(string $name): string
{
    return "Thanks, <strong>{$name}</strong>!";
}
?>
<!doctype html>
<html>
<body>
  <h1><?php echo greeting($name); ?></h1>
  <p>We sent a confirmation to <?php echo htmlspecialchars($email, ENT_QUOTES, 'UTF-8'); ?>.</p>
</body>
</html>
