<?php
$xml = simplexml_load_file('books.xml');
$title = $_GET['title'];
$nodes = $xml->xpath("//book[title='$title']/author");
echo $nodes ? htmlspecialchars((string) $nodes[0]) : 'not found';
