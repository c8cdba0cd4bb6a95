<?php

function lookup_colleague($conn, string $login): array
{
    $filter = sprintf('(&(objectClass=user)(sAMAccountName=%s))', $login);
    $search = ldap_search($conn, 'OU=Staff,DC=corp,DC=example', $filter, ['cn', 'mail', 'mobile']);
    $entries = ldap_get_entries($conn, $search);
    $out = [];
    for ($i = 0; $i < $entries['count']; $i++) {
        $out[] = [
            'name'   => $entries[$i]['cn'][0] ?? '',
            'mail'   => $entries[$i]['mail'][0] ?? '',
            'mobile' => $entries[$i]['mobile'][0] ?? '',
        ];
    }
    return $out;
}

$conn = ldap_connect('ldaps://dc1.corp.example');
ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($conn, getenv('AD_BIND_DN'), getenv('AD_BIND_PW'));

header('Content-Type: application/json');
echo json_encode(lookup_colleague($conn, $_GET['login'] ?? ''));
