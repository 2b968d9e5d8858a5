/**
 * Create or edit a session in a modal: Save, or Save and notify the client.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Modal,
	Notice,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage, isApiError } from '../../api/client';
import type {
	Coach,
	Session,
	SessionStatus,
	PaymentStatus,
	SessionWrite,
} from '../../api/types';
import {
	PAYMENT_STATUSES,
	SESSION_STATUSES,
	paymentStatusLabel,
	sessionStatusLabel,
	toLocalInput,
} from '../../utils/format';

export interface SessionModalProps {
	/** The session to edit, or null to create one. */
	session: Session | null;
	/** Fixed client (profile), or null to choose one. */
	clientId: number | null;
	clients?: Array< { id: number; name: string } >;
	coaches: Coach[] | null;
	onClose: () => void;
	onSaved: ( session: Session, notified: boolean ) => void;
}

interface Values {
	client_id: string;
	coach_id: string;
	title: string;
	start: string;
	duration_minutes: string;
	location: string;
	video_url: string;
	price: string;
	status: SessionStatus;
	payment_status: PaymentStatus;
	notes: string;
}

/**
 * Session modal.
 *
 * @param props          Props.
 * @param props.session
 * @param props.clientId
 * @param props.clients
 * @param props.coaches
 * @param props.onClose
 * @param props.onSaved
 */
export function SessionModal( {
	session,
	clientId,
	clients,
	coaches,
	onClose,
	onSaved,
}: SessionModalProps ) {
	const [ values, setValues ] = useState< Values >( {
		client_id: String( session?.client_id ?? clientId ?? '' ),
		coach_id: session ? String( session.coach_id ) : '',
		title: session?.title ?? '',
		start: session ? toLocalInput( session.start ) : '',
		duration_minutes: String( session?.duration_minutes ?? 60 ),
		location: session?.location ?? '',
		video_url: session?.video_url ?? '',
		price: session?.price ?? '0.00',
		status: session?.status ?? 'booked',
		payment_status: session?.payment_status ?? 'pending',
		notes: session?.notes ?? '',
	} );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ message, setMessage ] = useState< string | null >( null );
	const [ isBusy, setIsBusy ] = useState( false );
	const set = ( key: keyof Values ) => ( value: string ) =>
		setValues( { ...values, [ key ]: value } );

	const save = async ( notify: boolean ) => {
		const local: Record< string, string > = {};
		if ( ! values.client_id ) {
			local.client_id = __( 'Choose a client.', 'joolweb-sessions-pro' );
		}
		if ( ! values.start ) {
			local.start = __(
				'Enter a date and time.',
				'joolweb-sessions-pro'
			);
		}
		setErrors( local );
		if ( Object.keys( local ).length ) {
			return;
		}
		const data: SessionWrite = {
			title: values.title.trim(),
			start: values.start,
			duration_minutes: Number( values.duration_minutes ),
			location: values.location.trim(),
			video_url: values.video_url.trim(),
			price: values.price.trim() || '0',
			status: values.status,
			payment_status: values.payment_status,
			notes: values.notes,
			notify,
		};
		if ( ! session ) {
			data.client_id = Number( values.client_id );
		}
		if ( coaches && values.coach_id ) {
			data.coach_id = Number( values.coach_id );
		}
		setIsBusy( true );
		setMessage( null );
		try {
			const saved = session
				? await api.sessions.update( session.id, data )
				: await api.sessions.create( data );
			onSaved( saved, notify );
		} catch ( error ) {
			const params = isApiError( error )
				? ( error.data?.params as Record< string, string > | undefined )
				: undefined;
			if (
				params &&
				typeof params === 'object' &&
				! Array.isArray( params )
			) {
				setErrors( params );
			}
			setMessage(
				errorMessage(
					error,
					__(
						'The session could not be saved.',
						'joolweb-sessions-pro'
					)
				)
			);
		} finally {
			setIsBusy( false );
		}
	};

	const error = ( key: string ) =>
		errors[ key ] ? (
			<p className="joolwebsp-field__error" role="alert">
				{ errors[ key ] }
			</p>
		) : null;

	return (
		<Modal
			title={
				session
					? __( 'Edit session', 'joolweb-sessions-pro' )
					: __( 'New session', 'joolweb-sessions-pro' )
			}
			onRequestClose={ onClose }
			className="joolwebsp-session-modal"
		>
			<form
				className="joolwebsp-client-form"
				noValidate
				onSubmit={ ( event ) => {
					event.preventDefault();
					save( false );
				} }
			>
				{ message && (
					<Notice status="error" isDismissible={ false }>
						{ message }
					</Notice>
				) }
				{ ! session && ! clientId && (
					<div>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Client *', 'joolweb-sessions-pro' ) }
							value={ values.client_id }
							options={ [
								{
									value: '',
									label: __(
										'— Choose —',
										'joolweb-sessions-pro'
									),
								},
								...( clients ?? [] ).map( ( client ) => ( {
									value: String( client.id ),
									label: client.name,
								} ) ),
							] }
							onChange={ set( 'client_id' ) }
						/>
						{ error( 'client_id' ) }
					</div>
				) }
				{ coaches && (
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Coach', 'joolweb-sessions-pro' ) }
						value={ values.coach_id }
						options={ [
							{
								value: '',
								label: __( '— Me —', 'joolweb-sessions-pro' ),
							},
							...coaches.map( ( coach ) => ( {
								value: String( coach.id ),
								label: coach.name,
							} ) ),
						] }
						onChange={ set( 'coach_id' ) }
					/>
				) }
				<div>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Start *', 'joolweb-sessions-pro' ) }
						type="datetime-local"
						value={ values.start }
						onChange={ set( 'start' ) }
					/>
					{ error( 'start' ) }
				</div>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Duration (minutes)', 'joolweb-sessions-pro' ) }
					type="number"
					min={ 5 }
					max={ 1440 }
					value={ values.duration_minutes }
					onChange={ set( 'duration_minutes' ) }
				/>
				{ error( 'duration_minutes' ) }
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Title', 'joolweb-sessions-pro' ) }
					help={ __(
						'Leave empty for "Session with …".',
						'joolweb-sessions-pro'
					) }
					value={ values.title }
					onChange={ set( 'title' ) }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Location', 'joolweb-sessions-pro' ) }
					value={ values.location }
					onChange={ set( 'location' ) }
				/>
				<div>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Video link', 'joolweb-sessions-pro' ) }
						type="url"
						value={ values.video_url }
						onChange={ set( 'video_url' ) }
					/>
					{ error( 'video_url' ) }
				</div>
				<div>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Price', 'joolweb-sessions-pro' ) }
						inputMode="decimal"
						value={ values.price }
						onChange={ set( 'price' ) }
					/>
					{ error( 'price' ) }
				</div>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Status', 'joolweb-sessions-pro' ) }
					value={ values.status }
					options={ SESSION_STATUSES.map( ( value ) => ( {
						value,
						label: sessionStatusLabel( value ),
					} ) ) }
					onChange={ ( value: string ) =>
						setValues( {
							...values,
							status: value as SessionStatus,
						} )
					}
				/>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Payment', 'joolweb-sessions-pro' ) }
					value={ values.payment_status }
					options={ PAYMENT_STATUSES.map( ( value ) => ( {
						value,
						label: paymentStatusLabel( value ),
					} ) ) }
					onChange={ ( value: string ) =>
						setValues( {
							...values,
							payment_status: value as PaymentStatus,
						} )
					}
				/>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Private notes', 'joolweb-sessions-pro' ) }
					value={ values.notes }
					onChange={ set( 'notes' ) }
				/>
				<div className="joolwebsp-client-form__buttons">
					<Button
						variant="primary"
						type="submit"
						isBusy={ isBusy }
						disabled={ isBusy }
						accessibleWhenDisabled
					>
						{ __( 'Save', 'joolweb-sessions-pro' ) }
					</Button>
					<Button
						variant="secondary"
						isBusy={ isBusy }
						disabled={ isBusy }
						accessibleWhenDisabled
						onClick={ () => save( true ) }
					>
						{ __( 'Save and notify', 'joolweb-sessions-pro' ) }
					</Button>
					<Button variant="tertiary" onClick={ onClose }>
						{ __( 'Cancel', 'joolweb-sessions-pro' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
