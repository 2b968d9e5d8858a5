/**
 * Mounts a front app into the root printed by its shortcode (includes/Front/Shortcodes.php).
 */

/**
 * External dependencies
 */
import type { ReactElement } from 'react';

/**
 * WordPress dependencies
 */
import { createRoot } from '@wordpress/element';

export type FrontEntry = 'client-area' | 'coach-home' | 'coach-clients';

/**
 * Renders the app into `#joolwebsp-front-{entry}-root`, giving it the root's `data-customer`.
 *
 * @param entry  Entry.
 * @param render Builds the app from the client id asked for in the URL (0 when none).
 */
export function mountFront(
	entry: FrontEntry,
	render: ( customer: number ) => ReactElement
): void {
	const run = () => {
		const node = document.getElementById(
			`joolwebsp-front-${ entry }-root`
		);
		if ( node ) {
			const customer = Number( node.dataset.customer ?? 0 ) || 0;
			node.replaceChildren();
			createRoot( node ).render( render( customer ) );
		}
	};
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', run );
	} else {
		run();
	}
}
