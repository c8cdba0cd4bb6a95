<?php
declare(strict_types=1);

$titles = ['home' => 'Welcome', 'about' => 'About us', 'pricing' => 'Plans', 'contact' => 'Contact'];
$page = $_GET['page'] ?? 'home';
$title = $titles[$page] ?? 'Acme';

include __DIR__ . '/partials/header.php';
include __DIR__ . '/pages/' . $page . '.php';
include __DIR__ . '/partials/footer.php';
