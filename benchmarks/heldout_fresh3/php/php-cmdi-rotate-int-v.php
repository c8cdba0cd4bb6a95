<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/vendor/autoload.php';

$app = AppFactory::create();
$app->addBodyParsingMiddleware();

$app->post('/images/{id:[0-9]+}/rotate', function (Request $request, Response $response, array $args) {
    $body = (array) $request->getParsedBody();
    $angle = $body['angle'] ?? '90';
    $file = '/srv/images/' . $args['id'] . '.jpg';
    exec("mogrify -rotate $angle $file", $out, $code);
    $response->getBody()->write(json_encode(['ok' => $code === 0]));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->run();
