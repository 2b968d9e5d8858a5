/**
 * Previous / Next for a short paged list.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

export interface PagerProps {
	page: number;
	totalPages: number;
	onChange: ( page: number ) => void;
}

/**
 * Pager (renders nothing for a single page).
 *
 * @param props            Props.
 * @param props.page
 * @param props.totalPages
 * @param props.onChange
 */
export function Pager( { page, totalPages, onChange }: PagerProps ) {
	if ( totalPages <= 1 ) {
		return null;
	}
	return (
		<div className="joolwebsp-pager">
			<Button
				variant="secondary"
				disabled={ page <= 1 }
				accessibleWhenDisabled
				onClick={ () => onChange( page - 1 ) }
			>
				{ __( 'Previous', 'joolweb-sessions-pro' ) }
			</Button>
			<span>{ `${ page } / ${ totalPages }` }</span>
			<Button
				variant="secondary"
				disabled={ page >= totalPages }
				accessibleWhenDisabled
				onClick={ () => onChange( page + 1 ) }
			>
				{ __( 'Next', 'joolweb-sessions-pro' ) }
			</Button>
		</div>
	);
}
