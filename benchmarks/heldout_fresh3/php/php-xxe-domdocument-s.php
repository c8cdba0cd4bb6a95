<?php

$xml = file_get_contents('php://input');

$doc = new DOMDocument();
if (!$doc->loadXML($xml, LIBXML_NONET)) {
    http_response_code(400);
    exit('invalid xml');
}

$id = $doc->getElementsByTagName('OrderId')->item(0)?->textContent;
$lines = $doc->getElementsByTagName('Line')->length;

header('Content-Type: application/json');
echo json_encode(['order' => $id, 'lines' => $lines]);
