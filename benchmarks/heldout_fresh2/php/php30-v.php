<?php
// config/database.php — shared PDO factory for the reporting scripts
final class Database
{
    private const DSN = 'mysql:host=db.internal;dbname=reporting;charset=utf8mb4';
    private const USER = 'root';
    private const PASSWORD = '';

    private static ?PDO $pdo = null;

    public static function get(): PDO
    {
        if (self::$pdo === null) {
            self::$pdo = new PDO(self::DSN, self::USER, self::PASSWORD, [
                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            ]);
        }
        return self::$pdo;
    }
}
