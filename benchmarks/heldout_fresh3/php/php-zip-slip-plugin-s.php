<?php

const PLUGIN_DIR = '/var/www/app/plugins';

function install_plugin(string $zipPath): int
{
    $zip = new ZipArchive();
    if ($zip->open($zipPath) !== true) {
        throw new RuntimeException('cannot open archive');
    }
    $written = 0;
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $name = str_replace('\\', '/', $zip->getNameIndex($i));
        if (str_ends_with($name, '/')) {
            continue;
        }
        $segments = explode('/', $name);
        if ($name[0] === '/' || in_array('..', $segments, true) || str_contains($name, ':') || str_contains($name, "\0")) {
            throw new RuntimeException("unsafe entry: $name");
        }
        $target = PLUGIN_DIR . '/' . $name;
        @mkdir(dirname($target), 0755, true);
        file_put_contents($target, $zip->getFromIndex($i));
        $written++;
    }
    $zip->close();
    return $written;
}

echo install_plugin($_FILES['plugin']['tmp_name']) . " files installed\n";
