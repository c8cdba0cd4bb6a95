<?php

function fetch_url(string $url): string
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_FOLLOWLOCATION => true,
        CURLOPT_TIMEOUT        => 10,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body === false ? '' : $body;
}

$url = $_POST['ical_url'] ?? '';
$ics = fetch_url($url);
header('Content-Type: application/json');
echo json_encode(['events' => substr_count($ics, 'BEGIN:VEVENT')]);
