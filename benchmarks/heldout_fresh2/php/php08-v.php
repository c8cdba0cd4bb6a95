<?php
// Recently viewed products, remembered in a cookie across visits.
class RecentlyViewed
{
    private array $ids = [];

    public static function fromCookie(): self
    {
        $self = new self();
        if (!empty($_COOKIE['recent'])) {
            $data = unserialize(base64_decode($_COOKIE['recent']));
            if (is_array($data)) {
                $self->ids = $data;
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
        setcookie('recent', base64_encode(serialize($this->ids)), [
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
