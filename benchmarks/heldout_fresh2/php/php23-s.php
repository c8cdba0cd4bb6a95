<?php
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../src/ShipmentRepository.php';

$app = AppFactory::create();
$repo = new ShipmentRepository(new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS')));

// GET /shipments/{tracking}
$app->get('/shipments/{tracking}', function (Request $request, Response $response, array $args) use ($repo) {
    try {
        $payload = ['shipment' => $repo->byTracking($args['tracking'])];
        $status = 200;
    } catch (Throwable $e) {
        $ref = bin2hex(random_bytes(6));
        error_log("[$ref] " . $e->getMessage() . "\n" . $e->getTraceAsString());
        $payload = ['error' => 'internal error', 'ref' => $ref];
        $status = 500;
    }
    $response->getBody()->write(json_encode($payload));
    return $response->withHeader('Content-Type', 'application/json')->withStatus($status);
});

$app->run();
