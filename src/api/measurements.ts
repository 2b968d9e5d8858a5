/**
 * REST calls of the physical measurements (includes/Measurements/REST/Measurements_Controller.php):
 * a client's dated entries, add, change, delete. Premium with the Settings → General switch; the
 * server refuses them otherwise (403).
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { NAMESPACE } from './client';
import type { Measurement, MeasurementWrite } from './types';

export const measurements = {
	/**
	 * A client's measurements, oldest first.
	 *
	 * @param clientId Client.
	 */
	list: ( clientId: number ): Promise< Measurement[] > =>
		apiFetch< Measurement[] >( {
			path: `${ NAMESPACE }/clients/${ clientId }/measurements`,
		} ),
	/**
	 * Adds a measurement (201).
	 *
	 * @param clientId Client.
	 * @param data     Date, values, notes.
	 */
	create: (
		clientId: number,
		data: MeasurementWrite
	): Promise< Measurement > =>
		apiFetch< Measurement >( {
			path: `${ NAMESPACE }/clients/${ clientId }/measurements`,
			method: 'POST',
			data,
		} ),
	/**
	 * Changes a measurement.
	 *
	 * @param id   Measurement.
	 * @param data Changed fields (null clears a value).
	 */
	update: ( id: number, data: MeasurementWrite ): Promise< Measurement > =>
		apiFetch< Measurement >( {
			path: `${ NAMESPACE }/measurements/${ id }`,
			method: 'PATCH',
			data,
		} ),
	/**
	 * Deletes a measurement.
	 *
	 * @param id Measurement.
	 */
	remove: ( id: number ): Promise< { deleted: boolean } > =>
		apiFetch< { deleted: boolean } >( {
			path: `${ NAMESPACE }/measurements/${ id }`,
			method: 'DELETE',
		} ),
};
