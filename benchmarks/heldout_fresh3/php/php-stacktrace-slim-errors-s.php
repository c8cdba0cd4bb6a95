<?php

use Psr\Http\Message\ServerRequestInterface;
use Slim\Factory\AppFactory;

require __DIR__ . '/vendor/autoload.php';

$app = AppFactory::create();
$app->addRoutingMiddleware();
$errors = $app->addErrorMiddleware(false, true, true);

$errors->setDefaultErrorHandler(function (ServerRequestInterface $request, Throwable $e) use ($app) {
    $ref = bin2hex(random_bytes(6));
    error_log("[$ref] " . get_class($e) . ': ' . $e->getMessage() . "\n" . $e->getTraceAsString());
    $response = $app->getResponseFactory()->createResponse(500);
    $response->getBody()->write(json_encode(['error' => 'internal error', 'ref' => $ref]));
    return $response->withHeader('Content-Type', 'application/json');
});

require __DIR__ . '/routes.php';
$app->run();
