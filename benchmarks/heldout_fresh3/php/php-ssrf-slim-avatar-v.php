<?php

use GuzzleHttp\Client;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

$app->post('/me/avatar/import', function (Request $request, Response $response) {
    $data = json_decode((string) $request->getBody(), true) ?? [];
    $source = $data['url'] ?? '';

    $client = new Client(['timeout' => 5]);
    $image = $client->get($source)->getBody()->getContents();

    $userId = (int) $request->getAttribute('user_id');
    file_put_contents("/srv/avatars/$userId.img", $image);

    $response->getBody()->write(json_encode(['bytes' => strlen($image)]));
    return $response->withHeader('Content-Type', 'application/json');
});
