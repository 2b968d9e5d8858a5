/**
 * What a `useRestQuery` result shows before its data is there: an error notice, or a spinner.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RestQuery } from '../../data/use-rest-query';

export interface QueryStatusProps< T > {
	query: RestQuery< T >;
	/** Rendered with the data once it is there. */
	children: ( data: T ) => ReactNode;
	/** Shown while loading; a spinner with "Loading…" by default. */
	loading?: ReactNode;
}

/**
 * Error notice, spinner, or the children with the data.
 *
 * @param props          Props.
 * @param props.query    Query.
 * @param props.children Render function.
 * @param props.loading  Loading placeholder.
 */
export function QueryStatus< T >( {
	query,
	children,
	loading,
}: QueryStatusProps< T > ) {
	if ( query.error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ query.error }
			</Notice>
		);
	}
	if ( query.data === undefined ) {
		return (
			<>
				{ loading ?? (
					<p aria-live="polite">
						<Spinner /> { __( 'Loading…', 'joolweb-sessions-pro' ) }
					</p>
				) }
			</>
		);
	}
	return <>{ children( query.data ) }</>;
}
