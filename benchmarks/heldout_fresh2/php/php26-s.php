<?php
// theme_upload.php — admin uploads a theme zip, we unpack it into themes/<slug>/
const THEMES_DIR = __DIR__ . '/themes';

$slug = preg_replace('/[^a-z0-9_-]/', '', strtolower($_POST['slug'] ?? ''));
if ($slug === '' || !isset($_FILES['theme']) || $_FILES['theme']['error'] !== UPLOAD_ERR_OK) {
    http_response_code(400);
    exit('slug and theme zip required');
}

$target = THEMES_DIR . '/' . $slug;
@mkdir($target, 0755, true);

$zip = new ZipArchive();
if ($zip->open($_FILES['theme']['tmp_name']) !== true) {
    http_response_code(400);
    exit('not a zip');
}
for ($i = 0; $i < $zip->numFiles; $i++) {
    $name = $zip->getNameIndex($i);
    $parts = explode('/', str_replace('\\', '/', $name));
    if ($name === '' || $name[0] === '/' || in_array('..', $parts, true) || str_contains($name, "\0")) {
        exit("rejected unsafe entry: " . htmlspecialchars($name));
    }
    $dest = $target . '/' . $name;
    if (substr($name, -1) === '/') {
        @mkdir($dest, 0755, true);
        continue;
    }
    @mkdir(dirname($dest), 0755, true);
    file_put_contents($dest, $zip->getFromIndex($i));
}
$zip->close();
echo "Theme " . htmlspecialchars($slug) . " installed";
