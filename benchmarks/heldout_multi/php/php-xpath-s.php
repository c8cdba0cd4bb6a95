<?php
$xml = simplexml_load_file('books.xml');
$title = $_GET['title'];
if (!preg_match('/^[\w .,-]{1,80}$/u', $title)) {
    exit('bad title');
}
$nodes = $xml->xpath("//book[title='$title']/author");
echo $nodes ? htmlspecialchars((string) $nodes[0]) : 'not found';
