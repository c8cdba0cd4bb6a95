<?php

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\RequestHandlerInterface as Handler;
use Slim\Psr7\Response;

$auth = function (Request $request, Handler $handler) {
    $header = $request->getHeaderLine('Authorization');
    $token = preg_replace('/^Bearer\s+/i', '', $header);
    try {
        $claims = (array) JWT::decode($token, new Key(getenv('JWT_SECRET'), 'HS256'));
    } catch (Throwable $e) {
        return (new Response())->withStatus(401);
    }
    if (!isset($claims['sub'])) {
        return (new Response())->withStatus(401);
    }
    return $handler->handle($request->withAttribute('user_id', (int) $claims['sub']));
};

$app->add($auth);
