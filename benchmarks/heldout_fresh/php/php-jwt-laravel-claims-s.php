<?php

namespace App\Http\Middleware;

use Closure;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Http\Request;

class TenantFromToken
{
    public function handle(Request $request, Closure $next)
    {
        $jwt = $request->bearerToken() ?? '';
        try {
            $claims = (array) JWT::decode($jwt, new Key(config('auth.jwt_secret'), 'HS256'));
        } catch (\Throwable $e) {
            abort(401);
        }
        $request->attributes->set('tenant_id', $claims['tenant'] ?? null);

        return $next($request);
    }
}
