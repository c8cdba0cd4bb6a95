<?php

namespace App\Services;

use App\Models\ApiKey;

class ApiKeyIssuer
{
    private function randomKey(int $length = 40): string
    {
        $chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
        $key = '';
        for ($i = 0; $i < $length; $i++) {
            $key .= $chars[mt_rand(0, strlen($chars) - 1)];
        }
        return $key;
    }

    public function issue(int $customerId): string
    {
        $plain = $this->randomKey();
        ApiKey::create(['customer_id' => $customerId, 'key_hash' => hash('sha256', $plain)]);
        return $plain;
    }
}
