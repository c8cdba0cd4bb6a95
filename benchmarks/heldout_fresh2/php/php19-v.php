<?php
// highlight.php — returns an article with the search words highlighted
require __DIR__ . '/lib/articles.php';
ini_set('pcre.backtrack_limit', '1000000000'); // some long articles hit the default limit

function highlight(string $text, string $words): string
{
    $escaped = htmlspecialchars($text, ENT_QUOTES, 'UTF-8');
    foreach (preg_split('/\s+/', trim($words)) as $word) {
        if ($word === '') {
            continue;
        }
        $escaped = preg_replace('/(' . $word . ')/iu', '<mark>$1</mark>', $escaped);
    }
    return $escaped;
}

$article = load_article((int)($_GET['id'] ?? 0));
if ($article === null) {
    http_response_code(404);
    exit;
}
echo '<article>' . highlight($article['body'], (string)($_GET['hl'] ?? '')) . '</article>';
