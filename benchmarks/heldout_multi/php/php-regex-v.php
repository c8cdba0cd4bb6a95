<?php
$cities = ['Berlin', 'Bern', 'Bergen', 'Boston'];
$q = $_GET['q'] ?? '';
$matches = preg_grep('/' . $q . '/i', $cities);
echo json_encode(array_values($matches));
