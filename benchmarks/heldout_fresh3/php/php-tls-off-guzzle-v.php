<?php

namespace App\Services;

use GuzzleHttp\Client;

class CarrierTracking
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.carrier.example/v2/',
            'timeout'  => 8,
            'verify'   => false,
            'headers'  => ['X-Api-Key' => config('services.carrier.key')],
        ]);
    }

    public function events(string $trackingNo): array
    {
        $res = $this->http->get('shipments/' . rawurlencode($trackingNo) . '/events');
        return json_decode((string) $res->getBody(), true)['events'] ?? [];
    }
}
