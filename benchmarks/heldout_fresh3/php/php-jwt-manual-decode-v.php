<?php

use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\RequestHandlerInterface as Handler;
use Slim\Psr7\Response;

$auth = function (Request $request, Handler $handler) {
    $header = $request->getHeaderLine('Authorization');
    $token = preg_replace('/^Bearer\s+/i', '', $header);
    $parts = explode('.', $token);
    if (count($parts) !== 3) {
        return (new Response())->withStatus(401);
    }
    $claims = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    if (!isset($claims['sub']) || ($claims['exp'] ?? 0) < time()) {
        return (new Response())->withStatus(401);
    }
    return $handler->handle($request->withAttribute('user_id', (int) $claims['sub']));
};

$app->add($auth);
