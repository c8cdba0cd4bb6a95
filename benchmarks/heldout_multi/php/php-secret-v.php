<?php
$pdo = new PDO('pgsql:host=db.internal;dbname=crm', 'crm_admin', 'Pg!crm_2024_prod');
$mailgunKey = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
