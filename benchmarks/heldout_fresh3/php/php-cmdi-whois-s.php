<?php

function whois_lookup(string $domain): string
{
    $output = shell_exec('whois ' . escapeshellarg($domain) . ' 2>&1');
    return $output ?? '';
}

$domain = trim($_POST['domain'] ?? '');
if (!preg_match('/^[a-z0-9][a-z0-9.-]{0,252}$/i', $domain)) {
    $domain = '';
}
$result = $domain !== '' ? whois_lookup($domain) : '';
?>
<form method="post">
  <input name="domain" placeholder="example.com">
  <button>Lookup</button>
</form>
<pre><?= htmlspecialchars($result, ENT_QUOTES, 'UTF-8') ?></pre>
