/**
 * The honest placeholder of a screen whose feature has not shipped yet: it says so and
 * points to what already works, instead of pretending.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { EmptyState } from '../empty-state';
import { Screen } from '../screen';

export interface UpcomingScreenProps {
	title: string;
	description: string;
}

/**
 * Placeholder screen.
 *
 * @param props             Props.
 * @param props.title
 * @param props.description
 */
export function UpcomingScreen( { title, description }: UpcomingScreenProps ) {
	return (
		<Screen title={ title }>
			<EmptyState
				title={ __( 'Not available yet', 'joolweb-sessions-pro' ) }
			>
				<p>{ description }</p>
			</EmptyState>
		</Screen>
	);
}
