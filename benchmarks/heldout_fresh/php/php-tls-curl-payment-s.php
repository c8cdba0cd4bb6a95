<?php
function createCharge(int $amountCents, string $cardToken): array
{
    $ch = curl_init('https://api.payments.example.com/v1/charges');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query(['amount' => $amountCents, 'source' => $cardToken]),
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . getenv('PAYMENTS_KEY')],
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_SSL_VERIFYPEER => true,
        CURLOPT_SSL_VERIFYHOST => 2,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true) ?? [];
}
