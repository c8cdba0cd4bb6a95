<?php
function findUserDn($conn, string $username): ?string
{
    $filter = "(&(objectClass=inetOrgPerson)(uid=" . ldap_escape($username, '', LDAP_ESCAPE_FILTER) . "))";
    $search = ldap_search($conn, 'ou=staff,dc=example,dc=org', $filter, ['dn']);
    $entries = ldap_get_entries($conn, $search);
    return $entries['count'] === 1 ? $entries[0]['dn'] : null;
}

$conn = ldap_connect('ldaps://ldap.example.org');
ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
$dn = findUserDn($conn, $_POST['username'] ?? '');
$password = $_POST['password'] ?? '';
if ($dn && $password !== '' && @ldap_bind($conn, $dn, $password)) {
    echo 'welcome';
} else {
    http_response_code(401);
}
