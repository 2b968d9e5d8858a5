/**
 * Mounts a screen's React tree into the root element printed by includes/Admin/Menu.php.
 */

/**
 * External dependencies
 */
import type { ReactElement } from 'react';

/**
 * WordPress dependencies
 */
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import type { ScreenName } from './settings';

/**
 * Renders the element into `#joolwebsp-{screen}-root`, replacing the server-rendered placeholder.
 *
 * @param screen  Screen name.
 * @param element Root element.
 */
export function mountScreen( screen: ScreenName, element: ReactElement ): void {
	const render = () => {
		const node = document.getElementById( `joolwebsp-${ screen }-root` );
		if ( node ) {
			node.replaceChildren();
			createRoot( node ).render( element );
		}
	};
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', render );
	} else {
		render();
	}
}
