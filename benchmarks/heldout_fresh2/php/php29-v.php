<?php
// stores.php?city=Lyon — finds our shops in a city from the stores.xml feed
$xml = simplexml_load_file(__DIR__ . '/data/stores.xml');

$city = $_GET['city'] ?? '';
$matches = $xml->xpath("/stores/store[city='" . $city . "' and status='open']");

$out = [];
foreach ($matches ?: [] as $store) {
    $out[] = [
        'name' => (string)$store->name,
        'address' => (string)$store->address,
        'phone' => (string)$store->phone,
    ];
}
header('Content-Type: application/json');
echo json_encode($out);
