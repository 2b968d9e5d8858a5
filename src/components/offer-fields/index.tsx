/**
 * The offer fields shared by program models and new bundles: title, number of sessions, total
 * price, location, video link. Stateless.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FieldErrorMap, FieldErrors } from '../../forms/field-errors';
import { TextField } from '../../forms/text-field';
import { OFFER_RULES } from '../../rules';

export interface OfferValues {
	title: string;
	sessions_planned: string;
	price: string;
	location: string;
	video_url: string;
}

export type OfferField = keyof OfferValues;

/** How REST errors map to the offer fields (models and bundles). */
export const OFFER_ERROR_MAP: FieldErrorMap< OfferField > = {
	fields: [ 'title', 'sessions_planned', 'price', 'location', 'video_url' ],
};

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
		n >= OFFER_RULES.sessionsMin &&
		n <= OFFER_RULES.sessionsMax &&
		offer.title.trim().length <= OFFER_RULES.titleMax &&
		/^\d{1,7}(\.\d{1,2})?$/.test( offer.price.trim() )
	);
}

/**
 * Offer fields.
 *
 * @param props          Props.
 * @param props.values   Values.
 * @param props.onChange Change handler.
 * @param props.errors   Field errors.
 */
export function OfferFields( {
	values,
	onChange,
	errors = {},
}: {
	values: OfferValues;
	onChange: ( values: OfferValues ) => void;
	errors?: FieldErrors< OfferField >;
} ) {
	const field = (
		key: keyof OfferValues,
		label: string,
		extra: { type?: 'text' | 'number' | 'url'; inputMode?: 'decimal' } = {}
	) => (
		<TextField
			label={ label }
			value={ values[ key ] }
			onChange={ ( value ) => onChange( { ...values, [ key ]: value } ) }
			error={ errors[ key ] }
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
