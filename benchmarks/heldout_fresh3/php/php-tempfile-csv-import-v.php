<?php

$url = 'https://supplier.example/export/prices.csv';
$tmp = sys_get_temp_dir() . '/prices-' . date('Ymd') . '.csv';

file_put_contents($tmp, file_get_contents($url));

$fh = fopen($tmp, 'r');
$header = fgetcsv($fh);
$count = 0;
while (($row = fgetcsv($fh)) !== false) {
    update_price(array_combine($header, $row));
    $count++;
}
fclose($fh);
unlink($tmp);
echo "updated $count prices\n";
