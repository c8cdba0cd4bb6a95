<?php
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$mongo = new MongoDB\Client(getenv('MONGO_URI'));
$coupons = $mongo->shop->coupons;

$app = AppFactory::create();
$app->addBodyParsingMiddleware();

// POST /coupons/redeem  (form: code=SPRING24&customer=123)
$app->post('/coupons/redeem', function (Request $request, Response $response) use ($coupons) {
    $body = (array)$request->getParsedBody();
    $code = is_string($body['code'] ?? null) ? $body['code'] : '';
    $customer = is_scalar($body['customer'] ?? null) ? (string)$body['customer'] : null;
    $coupon = $coupons->findOneAndUpdate(
        ['code' => $code, 'redeemed' => false],
        ['$set' => ['redeemed' => true, 'customer' => $customer]]
    );
    $payload = $coupon ? ['discount' => $coupon['percent']] : ['error' => 'invalid code'];
    $response->getBody()->write(json_encode($payload));
    return $response->withHeader('Content-Type', 'application/json')->withStatus($coupon ? 200 : 404);
});

$app->run();
