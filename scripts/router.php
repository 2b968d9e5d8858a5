<?php
/**
 * Router for `php -S`: serves files as they are, sends pretty permalinks to index.php.
 *
 * @package Joolweb\SessionsPro
 */

$joolwebsp_root = $_SERVER['DOCUMENT_ROOT'];
$joolwebsp_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $joolwebsp_path && file_exists( $joolwebsp_root . $joolwebsp_path ) && ! is_dir( $joolwebsp_root . $joolwebsp_path ) ) {
	return false;
}
if ( is_dir( $joolwebsp_root . $joolwebsp_path ) && file_exists( rtrim( $joolwebsp_root . $joolwebsp_path, '/' ) . '/index.php' ) ) {
	if ( '/' !== substr( $joolwebsp_path, -1 ) ) {
		header( 'Location: ' . $joolwebsp_path . '/' );
		exit;
	}
	chdir( $joolwebsp_root . $joolwebsp_path );
	require rtrim( $joolwebsp_root . $joolwebsp_path, '/' ) . '/index.php';
	return;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
chdir( $joolwebsp_root );
require $joolwebsp_root . '/index.php';
