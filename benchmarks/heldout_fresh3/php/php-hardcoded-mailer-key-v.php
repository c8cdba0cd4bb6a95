<?php

const MAIL_API = 'https://api.mailprovider.example/v3/send';
const MAIL_API_KEY = 'mp_live_9f3b27c1e84d4a6b92f0c5d7a1e3b8c4';

function send_mail(string $to, string $subject, string $html): bool
{
    $ch = curl_init(MAIL_API);
    curl_setopt_array($ch, [
        CURLOPT_POST           => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER     => ['Authorization: Bearer ' . MAIL_API_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS     => json_encode(['to' => $to, 'subject' => $subject, 'html' => $html]),
    ]);
    curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    return $status === 202;
}
