<?php

const ICAL_HOSTS = ['calendar.google.com', 'outlook.office365.com', 'p01-caldav.icloud.com'];

function fetch_url(string $url): string
{
    $parts = parse_url($url);
    if (($parts['scheme'] ?? '') !== 'https' || !in_array($parts['host'] ?? '', ICAL_HOSTS, true)
        || isset($parts['port']) || isset($parts['user'])) {
        return '';
    }
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_FOLLOWLOCATION => false,
        CURLOPT_PROTOCOLS      => CURLPROTO_HTTPS,
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
