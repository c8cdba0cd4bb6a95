<?php
declare(strict_types=1);

$titles = ['home' => 'Welcome', 'about' => 'About us', 'pricing' => 'Plans', 'contact' => 'Contact'];
$page = $_GET['page'] ?? 'home';
if (!array_key_exists($page, $titles)) {
    $page = 'home';
}
$title = $titles[$page];

include __DIR__ . '/partials/header.php';
include __DIR__ . '/pages/' . $page . '.php';
include __DIR__ . '/partials/footer.php';
