/**
 * Customers → Export CSV: the current view (search, coach filter, sort) as a CSV download.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import { exportClients } from '../../api/exports';
import type { ClientExportQuery } from '../../api/exports';
import { saveBlob } from '../../utils/download';

export interface ExportCsvButtonProps {
	/** The list's current search, coach filter and sort. */
	query: ClientExportQuery;
}

/**
 * The Export CSV title action. Busy (and not clickable twice) while the file downloads; a failure
 * (e.g. 403 premium required) becomes a snackbar.
 *
 * @param props       Props.
 * @param props.query The list's query.
 */
export function ExportCsvButton( { query }: ExportCsvButtonProps ) {
	const [ busy, setBusy ] = useState( false );
	const { createErrorNotice } = useDispatch( noticesStore );

	const onClick = async () => {
		if ( busy ) {
			return;
		}
		setBusy( true );
		try {
			const file = await exportClients( query );
			saveBlob( file.blob, file.fileName );
		} catch ( caught ) {
			createErrorNotice(
				errorMessage(
					caught,
					__(
						'The CSV export failed. Please try again.',
						'joolweb-sessions-pro'
					)
				),
				{ type: 'snackbar' }
			);
		} finally {
			setBusy( false );
		}
	};

	return (
		<Button
			variant="secondary"
			size="compact"
			className="joolwebsp-title-action"
			onClick={ onClick }
			isBusy={ busy }
			disabled={ busy }
			accessibleWhenDisabled
		>
			{ __( 'Export CSV', 'joolweb-sessions-pro' ) }
		</Button>
	);
}
