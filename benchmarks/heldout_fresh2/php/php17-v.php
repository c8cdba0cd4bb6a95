<?php
// groups.php?uid=jdoe — lists the LDAP groups a user belongs to (intranet tool)
$conn = ldap_connect(getenv('LDAP_URI'));
ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_start_tls($conn);
ldap_bind($conn, getenv('LDAP_BIND_DN'), getenv('LDAP_BIND_PW'));

$uid = $_GET['uid'] ?? '';
$filter = '(&(objectClass=groupOfNames)(member=uid=' . $uid . ',ou=people,dc=example,dc=com))';
$result = ldap_search($conn, 'ou=groups,dc=example,dc=com', $filter, ['cn', 'description']);
$entries = ldap_get_entries($conn, $result);

$groups = [];
for ($i = 0; $i < $entries['count']; $i++) {
    $groups[] = [
        'cn' => $entries[$i]['cn'][0],
        'description' => $entries[$i]['description'][0] ?? '',
    ];
}
header('Content-Type: application/json');
echo json_encode($groups);
