/**
 * The offer fields shared by program models and new bundles: title, number of sessions, total
 * price, location, video link. Stateless.
 */

/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

export interface OfferValues {
	title: string;
	sessions_planned: string;
	price: string;
	location: string;
	video_url: string;
}

export const EMPTY_OFFER: OfferValues = {
	title: '',
	sessions_planned: '10',
	price: '0',
	location: '',
	video_url: '',
};

/**
 * Whether an offer can be sent (the server validates again).
 *
 * @param offer Values.
 */
export function isValidOffer( offer: OfferValues ): boolean {
	const n = Number( offer.sessions_planned );
	return (
		offer.title.trim() !== '' &&
		Number.isInteger( n ) &&
		n >= 1 &&
		n <= 100 &&
		/^\d{1,7}(\.\d{1,2})?$/.test( offer.price.trim() )
	);
}

/**
 * Offer fields.
 *
 * @param props          Props.
 * @param props.values   Values.
 * @param props.onChange Change handler.
 */
export function OfferFields( {
	values,
	onChange,
}: {
	values: OfferValues;
	onChange: ( values: OfferValues ) => void;
} ) {
	const field = (
		key: keyof OfferValues,
		label: string,
		extra: { type?: 'text' | 'number' | 'url'; inputMode?: 'decimal' } = {}
	) => (
		<TextControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			label={ label }
			value={ values[ key ] }
			onChange={ ( value: string ) =>
				onChange( { ...values, [ key ]: value } )
			}
			{ ...extra }
		/>
	);
	return (
		<>
			{ field( 'title', __( 'Title *', 'joolweb-sessions-pro' ) ) }
			{ field(
				'sessions_planned',
				__( 'Number of sessions *', 'joolweb-sessions-pro' ),
				{ type: 'number' }
			) }
			{ field( 'price', __( 'Total price *', 'joolweb-sessions-pro' ), {
				inputMode: 'decimal',
			} ) }
			{ field( 'location', __( 'Location', 'joolweb-sessions-pro' ) ) }
			{ field( 'video_url', __( 'Video link', 'joolweb-sessions-pro' ), {
				type: 'url',
			} ) }
		</>
	);
}
