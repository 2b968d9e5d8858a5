<?php
/**
 * Constants PHPStan needs to know about (szepeviktor/phpstan-wordpress is not in this machine's
 * Packagist copy, so php-stubs/wordpress-stubs is loaded directly).
 *
 * @package Joolweb\SessionsPro
 */

define( 'ABSPATH', '/tmp/wordpress/' );
define( 'WPINC', 'wp-includes' );
define( 'JOOLWEBSP_VERSION', '0.0.0' );
define( 'JOOLWEBSP_FILE', __FILE__ );
define( 'JOOLWEBSP_DIR', __DIR__ . '/' );
define( 'JOOLWEBSP_URL', 'http://example.org/' );
define( 'JOOLWEBSP_MIN_PHP', '8.1' );
define( 'JOOLWEBSP_MIN_WP', '6.8' );
define( 'OBJECT', 'OBJECT' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'ARRAY_N', 'ARRAY_N' );
define( 'DAY_IN_SECONDS', 86400 );
