<?php
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

const ATTACHMENTS = '/var/app/attachments';

$app = AppFactory::create();

// GET /attachments?name=report-q3.pdf
$app->get('/attachments', function (Request $request, Response $response) {
    $name = $request->getQueryParams()['name'] ?? '';
    $path = realpath(ATTACHMENTS . '/' . $name);
    if ($name === '' || $path === false || !str_starts_with($path, ATTACHMENTS . '/') || !is_file($path)) {
        return $response->withStatus(404);
    }
    $response->getBody()->write(file_get_contents($path));
    return $response
        ->withHeader('Content-Type', 'application/octet-stream')
        ->withHeader('Content-Disposition', 'attachment; filename="' . basename($path) . '"');
});

$app->run();
