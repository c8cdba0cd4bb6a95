<?php

const MAIL_API = 'https://api.mailprovider.example/v3/send';

function send_mail(string $to, string $subject, string $html): bool
{
    $apiKey = getenv('MAIL_API_KEY') ?: throw new RuntimeException('MAIL_API_KEY missing');
    $ch = curl_init(MAIL_API);
    curl_setopt_array($ch, [
        CURLOPT_POST           => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER     => ['Authorization: Bearer ' . $apiKey, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS     => json_encode(['to' => $to, 'subject' => $subject, 'html' => $html]),
    ]);
    curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    return $status === 202;
}
