<?php

require __DIR__ . '/vendor/autoload.php';

$codes = (new MongoDB\Client(getenv('MONGO_URI')))->auth->login_codes;

$email = $_POST['email'] ?? '';
$code = $_POST['code'] ?? '';

$match = $codes->findOneAndDelete([
    'email'      => $email,
    'code'       => $code,
    'expires_at' => ['$gt' => new MongoDB\BSON\UTCDateTime()],
]);

header('Content-Type: application/json');
if ($match === null) {
    http_response_code(401);
    echo json_encode(['ok' => false]);
    exit;
}
echo json_encode(['ok' => true, 'session' => start_session_for($match['email'])]);
