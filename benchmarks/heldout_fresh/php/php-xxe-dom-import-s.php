<?php
$xml = file_get_contents($_FILES['feed']['tmp_name']);

$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NONET);

$imported = 0;
foreach ($doc->getElementsByTagName('product') as $node) {
    $sku = $node->getAttribute('sku');
    $name = $node->getElementsByTagName('name')->item(0)->textContent;
    saveProduct($sku, $name);
    $imported++;
}
echo "Imported $imported products";

function saveProduct(string $sku, string $name): void {}
