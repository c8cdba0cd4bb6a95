<?php
$conn = ldap_connect('ldap://ldap.corp');
ldap_bind($conn);
$name = ldap_escape($_GET['name'], '', LDAP_ESCAPE_FILTER);
$search = ldap_search($conn, 'ou=staff,dc=corp', "(cn=$name*)", ['cn', 'mail']);
$entries = ldap_get_entries($conn, $search);
echo json_encode($entries);
