<?php

ini_set('pcre.backtrack_limit', '1000000000'); // some imported product names hit the default limit

$products = json_decode(file_get_contents(__DIR__ . '/products.json'), true);
$kw = $_GET['kw'] ?? '';

$pattern = '/' . preg_quote($kw, '/') . '/i';
$hits = [];
foreach ($products as $p) {
    if ($kw !== '' && preg_match($pattern, $p['name'])) {
        $hits[] = ['sku' => $p['sku'], 'name' => $p['name']];
    }
}

header('Content-Type: application/json');
echo json_encode(['count' => count($hits), 'items' => $hits]);
