<?php
$xml = file_get_contents($_FILES['catalog']['tmp_name']);
$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
foreach ($doc->getElementsByTagName('product') as $p) {
    echo htmlspecialchars($p->getAttribute('name')), "\n";
}
