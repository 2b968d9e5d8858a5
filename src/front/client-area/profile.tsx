/**
 * Client area, My profile: first name, last name and phone through `/me`.
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner, TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage, isApiError } from '../../api/client';
import { meApi, type Me } from '../api';
import { FrontNotice } from '../shared/notice';

type Fields = Pick< Me, 'first_name' | 'last_name' | 'phone' >;

/**
 * Profile form.
 *
 * @param props         Props.
 * @param props.onSaved Called with the saved profile.
 */
export function Profile( { onSaved }: { onSaved?: ( me: Me ) => void } ) {
	const [ me, setMe ] = useState< Me | null >( null );
	const [ fields, setFields ] = useState< Fields >( {
		first_name: '',
		last_name: '',
		phone: '',
	} );
	const [ busy, setBusy ] = useState( false );
	const [ notice, setNotice ] = useState< {
		status: 'error' | 'success';
		text: string;
	} | null >( null );
	const [ invalid, setInvalid ] = useState< Record< string, string > >( {} );

	useEffect( () => {
		meApi
			.get()
			.then( ( profile ) => {
				setMe( profile );
				setFields( {
					first_name: profile.first_name,
					last_name: profile.last_name,
					phone: profile.phone,
				} );
			} )
			.catch( ( failure ) =>
				setNotice( {
					status: 'error',
					text: errorMessage(
						failure,
						__(
							'Your profile could not be loaded.',
							'joolweb-sessions-pro'
						)
					),
				} )
			);
	}, [] );

	const save = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setBusy( true );
		setNotice( null );
		setInvalid( {} );
		try {
			const saved = await meApi.update( fields );
			setMe( saved );
			onSaved?.( saved );
			setNotice( {
				status: 'success',
				text: __( 'Your profile is saved.', 'joolweb-sessions-pro' ),
			} );
		} catch ( failure ) {
			if ( isApiError( failure ) && failure.data?.params ) {
				setInvalid( failure.data.params );
			}
			setNotice( {
				status: 'error',
				text: errorMessage(
					failure,
					__(
						'Your profile could not be saved.',
						'joolweb-sessions-pro'
					)
				),
			} );
		} finally {
			setBusy( false );
		}
	};

	if ( ! me ) {
		return notice ? (
			<FrontNotice status={ notice.status }>{ notice.text }</FrontNotice>
		) : (
			<Spinner />
		);
	}
	const field = (
		key: keyof Fields,
		label: string,
		type: 'text' | 'tel' = 'text'
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			type={ type }
			value={ fields[ key ] }
			onChange={ ( value ) =>
				setFields( ( current ) => ( { ...current, [ key ]: value } ) )
			}
			help={ invalid[ key ] }
			className={ invalid[ key ] ? 'has-error' : undefined }
			autoComplete={
				{
					first_name: 'given-name',
					last_name: 'family-name',
					phone: 'tel',
				}[ key ]
			}
		/>
	);
	return (
		<section className="joolwebsp-front__section">
			<h2>{ __( 'My profile', 'joolweb-sessions-pro' ) }</h2>
			<form className="joolwebsp-front__form" onSubmit={ save }>
				{ field(
					'first_name',
					__( 'First name', 'joolweb-sessions-pro' )
				) }
				{ field(
					'last_name',
					__( 'Last name', 'joolweb-sessions-pro' )
				) }
				{ field(
					'phone',
					__( 'Phone', 'joolweb-sessions-pro' ),
					'tel'
				) }
				<p className="joolwebsp-front__hint">
					{ sprintf(
						/* translators: %s: email address. */
						__( 'Email: %s', 'joolweb-sessions-pro' ),
						me.email
					) }
					{ me.pending_email &&
						' ' +
							sprintf(
								/* translators: %s: email address. */
								__(
									'(waiting for confirmation: %s)',
									'joolweb-sessions-pro'
								),
								me.pending_email
							) }
				</p>
				{ notice && (
					<FrontNotice status={ notice.status }>
						{ notice.text }
					</FrontNotice>
				) }
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Save', 'joolweb-sessions-pro' ) }
				</Button>
			</form>
		</section>
	);
}
