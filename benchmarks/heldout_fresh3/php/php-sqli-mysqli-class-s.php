<?php

final class MemberRepository
{
    public function __construct(private mysqli $db) {}

    public function findByUsername(string $username): ?array
    {
        $stmt = $this->db->prepare(
            "SELECT id, username, bio, joined_at FROM members WHERE username = ? LIMIT 1"
        );
        $stmt->bind_param('s', $username);
        $stmt->execute();
        $row = $stmt->get_result()->fetch_assoc();
        return $row ?: null;
    }
}

$db = new mysqli('localhost', 'forum', getenv('FORUM_DB_PASS'), 'forum');
$repo = new MemberRepository($db);
$member = $repo->findByUsername($_GET['u'] ?? '');
header('Content-Type: application/json');
echo json_encode($member ?? ['error' => 'not found']);
