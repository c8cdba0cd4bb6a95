<?php
// Recently viewed products, remembered in a cookie across visits.
class RecentlyViewed
{
    private array $ids = [];

    public static function fromCookie(): self
    {
        $self = new self();
        if (!empty($_COOKIE['recent'])) {
            $data = json_decode($_COOKIE['recent'], true);
            if (is_array($data)) {
                $self->ids = array_values(array_map('intval', array_slice($data, 0, 10)));
            }
        }
        return $self;
    }

    public function add(int $productId): void
    {
        $this->ids = array_slice(array_unique(array_merge([$productId], $this->ids)), 0, 10);
    }

    public function save(): void
    {
        setcookie('recent', json_encode($this->ids), [
            'expires' => time() + 30 * 86400, 'path' => '/', 'httponly' => true, 'samesite' => 'Lax',
        ]);
    }

    public function ids(): array
    {
        return $this->ids;
    }
}

$recent = RecentlyViewed::fromCookie();
$recent->add((int)($_GET['id'] ?? 0));
$recent->save();
