<?php

function db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $password = getenv('STOREFRONT_DB_PASSWORD');
        if ($password === false || $password === '') {
            throw new RuntimeException('STOREFRONT_DB_PASSWORD is not configured');
        }
        $pdo = new PDO(
            'mysql:host=db.internal;dbname=storefront;charset=utf8mb4',
            'storefront',
            $password,
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_EMULATE_PREPARES => false]
        );
    }
    return $pdo;
}
