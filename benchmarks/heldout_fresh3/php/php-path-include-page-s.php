<?php

$page = $_GET['page'] ?? 'home';

function page_file(string $page): string
{
    $pages = ['home' => 'home', 'pricing' => 'pricing', 'contact' => 'contact'];
    return __DIR__ . '/pages/' . ($pages[$page] ?? 'home') . '.php';
}

require __DIR__ . '/partials/header.php';
$file = page_file($page);
if (is_file($file)) {
    include $file;
} else {
    http_response_code(404);
    echo '<p>Page not found</p>';
}
require __DIR__ . '/partials/footer.php';
