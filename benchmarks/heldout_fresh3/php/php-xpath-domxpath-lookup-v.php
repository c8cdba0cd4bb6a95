<?php

$doc = new DOMDocument();
$doc->load('/srv/data/staff.xml');
$xpath = new DOMXPath($doc);

$last = $_GET['last'] ?? '';
$nodes = $xpath->query("//employee[public='yes'][lastname='" . $last . "']");

$out = [];
foreach ($nodes as $node) {
    $out[] = [
        'name' => $xpath->evaluate('string(firstname)', $node) . ' ' . $xpath->evaluate('string(lastname)', $node),
        'ext'  => $xpath->evaluate('string(extension)', $node),
    ];
}
header('Content-Type: application/json');
echo json_encode($out);
