<?php
/**
 * Table of the physical measurements.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Measurements;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `measurements`: dated entries per client (weight in kg, body fat in %, girths in cm — each
 * optional — and notes), read per client in date order.
 *
 * @since 0.2.0
 */
final class Measurements_Schema extends Abstract_Schema {

	public const MEASUREMENTS = 'measurements';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'measurements';
	}

	/**
	 * {@inheritDoc}
	 */
	public function version(): int {
		return 1;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function definitions(): array {
		return array(
			self::MEASUREMENTS => '
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
client_id bigint(20) unsigned NOT NULL,
measured_on date NOT NULL,
weight_kg decimal(5,2) DEFAULT NULL,
body_fat_pct decimal(4,1) DEFAULT NULL,
waist_cm decimal(5,1) DEFAULT NULL,
hips_cm decimal(5,1) DEFAULT NULL,
chest_cm decimal(5,1) DEFAULT NULL,
arm_cm decimal(5,1) DEFAULT NULL,
thigh_cm decimal(5,1) DEFAULT NULL,
notes text NOT NULL,
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
PRIMARY KEY  (id),
KEY client_date (client_id,measured_on,id)',
		);
	}
}
