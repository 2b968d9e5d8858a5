/**
 * The client module's front variant for the coach pages, with the site's profile URLs (pretty or
 * query-string) and the snackbars the module's components post to.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import {
	ClientModuleProvider,
	frontClientModule,
	type ClientModule,
} from '../../clients';
import { customerUrl } from '../settings';

/**
 * `frontClientModule()` with profile links built by the server's URL scheme (`/customer/{id}/`,
 * or `?page_id=…&joolwebsp_customer={id}` without pretty permalinks). The profile's own Back
 * button is left out: the front pages print "Back to My clients" themselves.
 */
export function coachModule(): ClientModule {
	return {
		...frontClientModule( '/customer/', null ),
		profileUrl: ( clientId, tab ) =>
			tab
				? addQueryArgs( customerUrl( clientId ), { tab } )
				: customerUrl( clientId ),
	};
}

/**
 * Snackbar notices of the page.
 */
export function FrontSnackbars() {
	const all = useSelect(
		( select ) => select( noticesStore ).getNotices(),
		[]
	);
	const notices = useMemo(
		() =>
			all
				.filter( ( notice ) => notice.type === 'snackbar' )
				.map( ( notice ) => ( {
					id: notice.id,
					content: notice.content,
					spokenMessage: notice.spokenMessage,
				} ) ),
		[ all ]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<div className="joolwebsp-front__snackbars">
			<SnackbarList
				notices={ notices }
				onRemove={ ( id: string ) => removeNotice( id ) }
			/>
		</div>
	);
}

/**
 * A coach page: the module's front variant around the content, and the snackbars.
 *
 * @param props          Props.
 * @param props.children Content.
 */
export function CoachPage( { children }: { children: ReactNode } ) {
	const module = useMemo( coachModule, [] );
	return (
		<ClientModuleProvider value={ module }>
			<div className="joolwebsp-front__app">{ children }</div>
			<FrontSnackbars />
		</ClientModuleProvider>
	);
}
