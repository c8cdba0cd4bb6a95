<?php
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\RequestHandlerInterface as Handler;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();

// Reads the user from the bearer token our SSO issues.
$auth = function (Request $request, Handler $handler): Response {
    $header = $request->getHeaderLine('Authorization');
    if (!preg_match('/^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/', $header, $m)) {
        return (new \Slim\Psr7\Response())->withStatus(401);
    }
    try {
        $claims = JWT::decode($m[1], new Key(file_get_contents(getenv('SSO_PUBLIC_KEY_FILE')), 'RS256'));
    } catch (\Throwable $e) {
        return (new \Slim\Psr7\Response())->withStatus(401);
    }
    return $handler->handle($request->withAttribute('user', $claims->sub));
};

$app->get('/me', function (Request $request, Response $response) {
    $response->getBody()->write(json_encode(['user' => $request->getAttribute('user')]));
    return $response->withHeader('Content-Type', 'application/json');
})->add($auth);

$app->run();
