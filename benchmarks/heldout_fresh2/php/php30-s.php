<?php
// config/database.php — shared PDO factory for the reporting scripts
final class Database
{
    private const DSN = 'mysql:host=db.internal;dbname=reporting;charset=utf8mb4';

    private static ?PDO $pdo = null;

    public static function get(): PDO
    {
        if (self::$pdo === null) {
            $user = getenv('REPORTING_DB_USER') ?: 'reporting_ro';
            $password = getenv('REPORTING_DB_PASSWORD');
            if ($password === false || $password === '') {
                throw new RuntimeException('REPORTING_DB_PASSWORD must be set');
            }
            self::$pdo = new PDO(self::DSN, $user, $password, [
                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            ]);
        }
        return self::$pdo;
    }
}
