/**
 * REST calls of the CSV import (`/joolwebsp/v1/imports`). Types mirror
 * includes/Imports/REST/Imports_Controller.php.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { getSettings } from '../settings';

export type ImportField =
	'first_name' | 'last_name' | 'email' | 'phone' | 'coach_email';

export type ImportStatus =
	'uploaded' | 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export type ImportMapping = Partial< Record< ImportField, number | null > >;

export interface ImportRowError {
	row: number;
	field: string;
	message: string;
}

export interface ImportPreviewRow {
	row: number;
	status: 'valid' | 'invalid' | 'duplicate' | 'existing';
	values: Partial< Record< ImportField, string > >;
	errors: { field: string; message: string }[];
}

export interface ImportPreview {
	rows: ImportPreviewRow[];
	valid: number;
	invalid: number;
	duplicates: number;
	existing: number;
}

export interface ImportJob {
	id: number;
	status: ImportStatus;
	file_name: string;
	columns: string[];
	mapping: ImportMapping;
	on_existing: 'skip' | 'update';
	send_login: boolean;
	dry_run: boolean;
	total_rows: number;
	processed_rows: number;
	created: number;
	updated: number;
	skipped: number;
	failed: number;
	errors: ImportRowError[];
	created_at: string | null;
	finished_at: string | null;
	preview?: ImportPreview;
}

export interface ImportOptions {
	mapping?: ImportMapping;
	on_existing?: 'skip' | 'update';
	send_login?: boolean;
	dry_run?: boolean;
}

const BASE = '/joolwebsp/v1/imports';

/**
 * Uploads a CSV file: a new import with its columns, automatic mapping and preview.
 *
 * @param file File chosen by the user.
 */
export function uploadImport( file: File ): Promise< ImportJob > {
	const body = new FormData();
	body.append( 'file', file );
	return apiFetch< ImportJob >( { path: BASE, method: 'POST', body } );
}

/**
 * An import and its progress.
 *
 * @param id Import id.
 */
export function getImport( id: number ): Promise< ImportJob > {
	return apiFetch< ImportJob >( { path: `${ BASE }/${ id }` } );
}

/**
 * Changes the options of an import that has not started.
 *
 * @param id      Import id.
 * @param options Options.
 */
export function updateImport(
	id: number,
	options: ImportOptions
): Promise< ImportJob > {
	return apiFetch< ImportJob >( {
		path: `${ BASE }/${ id }`,
		method: 'PATCH',
		data: options,
	} );
}

/**
 * Starts an import.
 *
 * @param id Import id.
 */
export function startImport( id: number ): Promise< ImportJob > {
	return apiFetch< ImportJob >( {
		path: `${ BASE }/${ id }/start`,
		method: 'POST',
	} );
}

/**
 * Processes the next batch now; the progress.
 *
 * @param id Import id.
 */
export function runImportBatch( id: number ): Promise< ImportJob > {
	return apiFetch< ImportJob >( {
		path: `${ BASE }/${ id }/batch`,
		method: 'POST',
	} );
}

/**
 * Cancels an import.
 *
 * @param id Import id.
 */
export function cancelImport( id: number ): Promise< unknown > {
	return apiFetch( { path: `${ BASE }/${ id }`, method: 'DELETE' } );
}

/**
 * Download link of the failed rows (a plain link: the cookie and the REST nonce authenticate it).
 *
 * @param id Import id.
 */
export function importErrorsUrl( id: number ): string {
	const settings = getSettings();
	return addQueryArgs(
		`${ settings.restRoot }joolwebsp/v1/imports/${ id }/errors.csv`,
		{ _wpnonce: settings.nonce }
	);
}
