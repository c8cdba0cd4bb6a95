<?php

namespace App\Http\Controllers;

use App\Jobs\ProcessShipmentUpdate;
use Illuminate\Http\Request;

class CarrierWebhookController extends Controller
{
    // POST /webhooks/carrier  — header X-Carrier-Signature: sha256=<hex hmac of the raw body>
    public function __invoke(Request $request)
    {
        $secret = config('services.carrier.webhook_secret');
        $expected = 'sha256=' . hash_hmac('sha256', $request->getContent(), $secret);
        $given = (string)$request->header('X-Carrier-Signature', '');

        if ($given !== $expected) {
            abort(401, 'invalid signature');
        }

        ProcessShipmentUpdate::dispatch($request->json()->all());
        return response()->noContent();
    }
}
