/**
 * Settings → Style: accent, text and background colours of the front pages, with a live preview
 * that uses the same CSS custom properties as the front (includes/Settings/Style.php).
 */

/**
 * External dependencies
 */
import type { CSSProperties } from 'react';

/**
 * WordPress dependencies
 */
import { Button, TextControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Colors } from '../../api/settings';
import type { TabProps } from './tab-props';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Black or white, whichever reads better on a colour (the rule of Style::contrast()).
 *
 * @param hex Colour.
 */
export function contrastColor( hex: string ): string {
	let h = hex.replace( '#', '' );
	if ( h.length === 3 ) {
		h = h
			.split( '' )
			.map( ( c ) => c + c )
			.join( '' );
	}
	const [ r, g, b ] = [ 0, 2, 4 ].map( ( i ) => {
		const c = parseInt( h.slice( i, i + 2 ), 16 ) / 255;
		return c <= 0.03928 ? c / 12.92 : ( ( c + 0.055 ) / 1.055 ) ** 2.4;
	} ) as [ number, number, number ];
	const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return 1.05 / ( l + 0.05 ) >= ( l + 0.05 ) / 0.05 ? '#ffffff' : '#000000';
}

/**
 * One colour: a native picker and the hex value, sharing one label.
 *
 * @param props          Props.
 * @param props.label
 * @param props.value
 * @param props.error
 * @param props.onChange
 */
function ColorField( {
	label,
	value,
	error,
	onChange,
}: {
	label: string;
	value: string;
	error?: string;
	onChange: ( value: string ) => void;
} ) {
	return (
		<div className="joolwebsp-color-field">
			<input
				type="color"
				aria-label={ sprintf(
					/* translators: %s: colour name. */
					__( '%s: colour picker', 'joolweb-sessions-pro' ),
					label
				) }
				value={
					HEX.test( value ) && value.length === 7 ? value : '#000000'
				}
				onChange={ ( event ) => onChange( event.target.value ) }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ label }
				help={ error }
				className={ error ? 'has-error' : undefined }
				value={ value }
				maxLength={ 7 }
				onChange={ onChange }
			/>
		</div>
	);
}

/**
 * Style tab.
 *
 * @param props        Props.
 * @param props.draft
 * @param props.update
 * @param props.errors
 * @param props.meta
 */
export function StyleTab( { draft, update, errors, meta }: TabProps ) {
	const set = ( key: keyof Colors, value: string ) =>
		update( ( d ) => ( {
			...d,
			colors: { ...d.colors, [ key ]: value },
		} ) );
	const valid = ( key: keyof Colors ) =>
		HEX.test( draft.colors[ key ] )
			? draft.colors[ key ]
			: meta.defaultColors[ key ];
	const accent = valid( 'accent' );
	const vars = {
		'--joolwebsp-accent': accent,
		'--joolwebsp-text': valid( 'text' ),
		'--joolwebsp-background': valid( 'background' ),
		'--joolwebsp-accent-contrast': contrastColor( accent ),
	} as CSSProperties;
	const labels: Record< keyof Colors, string > = {
		accent: __( 'Accent colour (buttons, links)', 'joolweb-sessions-pro' ),
		text: __( 'Text colour', 'joolweb-sessions-pro' ),
		background: __( 'Background colour', 'joolweb-sessions-pro' ),
	};
	const invalid = __(
		'Enter a colour as #rrggbb, for example #2271b1.',
		'joolweb-sessions-pro'
	);
	return (
		<div className="joolwebsp-style-tab">
			<div className="joolwebsp-settings-fields">
				{ ( [ 'accent', 'text', 'background' ] as const ).map(
					( key ) => (
						<ColorField
							key={ key }
							label={ labels[ key ] }
							value={ draft.colors[ key ] }
							error={
								errors[ `colors.${ key }` ] ??
								( HEX.test( draft.colors[ key ] )
									? undefined
									: invalid )
							}
							onChange={ ( value ) => set( key, value ) }
						/>
					)
				) }
				<Button
					variant="tertiary"
					onClick={ () =>
						update( ( d ) => ( {
							...d,
							colors: meta.defaultColors,
						} ) )
					}
				>
					{ __( 'Restore default colours', 'joolweb-sessions-pro' ) }
				</Button>
			</div>
			<figure className="joolwebsp-style-preview" style={ vars }>
				<div className="joolwebsp-style-preview__page">
					<p className="joolwebsp-style-preview__title">
						{ __( 'Your next session', 'joolweb-sessions-pro' ) }
					</p>
					<p>
						{ __(
							'Tuesday at 18:30 with your coach.',
							'joolweb-sessions-pro'
						) }{ ' ' }
						<span className="joolwebsp-style-preview__link">
							{ __( 'See all sessions', 'joolweb-sessions-pro' ) }
						</span>
					</p>
					<span className="joolwebsp-style-preview__button">
						{ __( 'Book a session', 'joolweb-sessions-pro' ) }
					</span>
				</div>
				<figcaption>
					{ __(
						'Preview of the front pages with these colours.',
						'joolweb-sessions-pro'
					) }
				</figcaption>
			</figure>
		</div>
	);
}
