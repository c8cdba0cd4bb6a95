<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class TenantFromToken
{
    public function handle(Request $request, Closure $next)
    {
        $jwt = $request->bearerToken() ?? '';
        $parts = explode('.', $jwt);
        if (count($parts) !== 3) {
            abort(401);
        }
        $claims = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
        $request->attributes->set('tenant_id', $claims['tenant'] ?? null);

        return $next($request);
    }
}
