<?php

use GuzzleHttp\Client;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

$app->post('/me/avatar/import', function (Request $request, Response $response) {
    $data = json_decode((string) $request->getBody(), true) ?? [];
    $source = $data['url'] ?? '';
    $host = parse_url($source, PHP_URL_HOST);
    if (parse_url($source, PHP_URL_SCHEME) !== 'https' || !in_array($host, ['www.gravatar.com', 'avatars.githubusercontent.com'], true)) {
        return $response->withStatus(400);
    }

    $client = new Client(['timeout' => 5, 'allow_redirects' => false]);
    $image = $client->get($source)->getBody()->getContents();

    $userId = (int) $request->getAttribute('user_id');
    file_put_contents("/srv/avatars/$userId.img", $image);

    $response->getBody()->write(json_encode(['bytes' => strlen($image)]));
    return $response->withHeader('Content-Type', 'application/json');
});
