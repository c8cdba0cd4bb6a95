<?php

use Psr\Http\Message\ServerRequestInterface;
use Slim\Factory\AppFactory;

require __DIR__ . '/vendor/autoload.php';

$app = AppFactory::create();
$app->addRoutingMiddleware();
$errors = $app->addErrorMiddleware(true, true, true);

$errors->setDefaultErrorHandler(function (ServerRequestInterface $request, Throwable $e) use ($app) {
    $response = $app->getResponseFactory()->createResponse(500);
    $response->getBody()->write(json_encode([
        'error' => $e->getMessage(),
        'file'  => $e->getFile() . ':' . $e->getLine(),
        'trace' => $e->getTraceAsString(),
    ]));
    return $response->withHeader('Content-Type', 'application/json');
});

require __DIR__ . '/routes.php';
$app->run();
