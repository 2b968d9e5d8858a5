<?php
/**
 * `wp eval-file scripts/demo/seed.php`: seeds the demo data once (used by .wp-env.json's afterStart).
 *
 * @package Joolweb\SessionsPro
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/Demo_Seeder.php';
\Joolweb\SessionsPro\Demo\Demo_Seeder::from_plugin()->seed();
