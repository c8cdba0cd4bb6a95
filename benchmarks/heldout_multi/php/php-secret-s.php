<?php
$pdo = new PDO('pgsql:host=db.internal;dbname=crm', 'crm_admin', getenv('CRM_DB_PASSWORD'));
$mailgunKey = getenv('MAILGUN_KEY');
