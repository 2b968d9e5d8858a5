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
	TextareaControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import type { Coach, Session, SessionWrite } from '../../../api/types';
import type { FieldErrors } from '../../../forms/field-errors';
import { TextField } from '../../../forms/text-field';
import { useForm } from '../../../forms/use-form';
import {
	PAYMENT_STATUSES,
	SESSION_RULES,
	SESSION_STATUSES,
} from '../../../rules';
import type { PaymentStatus, SessionStatus } from '../../../rules';
import {
	optionsOf,
	paymentStatusLabel,
	sessionStatusLabel,
	toLocalInput,
} from '../../../utils/format';
import { ClientPicker } from '../client-picker';
import type { PickedClient } from '../client-picker';

export interface SessionModalProps {
	/** The session to edit, or null to create one. */
	session: Session | null;
	/** Fixed client (profile), or null to choose one with the searchable picker. */
	client: PickedClient | null;
	/** Coaches to choose from (users who reach everyone), or null: the session is the user's. */
	coaches: Coach[] | null;
	onClose: () => void;
	onSaved: ( session: Session, notified: boolean ) => void;
}

export interface SessionValues {
	client: PickedClient | null;
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

type SessionField = Exclude< keyof SessionValues, 'client' > | 'client_id';

const SESSION_FIELDS: readonly SessionField[] = [
	'client_id',
	'coach_id',
	'title',
	'start',
	'duration_minutes',
	'location',
	'video_url',
	'price',
	'status',
	'payment_status',
	'notes',
];

/**
 * Browser checks of a session (the server checks again).
 *
 * @param values Values.
 */
export function validateSession(
	values: SessionValues
): FieldErrors< SessionField > {
	const errors: FieldErrors< SessionField > = {};
	if ( ! values.client ) {
		errors.client_id = __( 'Choose a client.', 'joolweb-sessions-pro' );
	}
	if ( ! values.start ) {
		errors.start = __( 'Enter a date and time.', 'joolweb-sessions-pro' );
	}
	const duration = Number( values.duration_minutes );
	if (
		! Number.isInteger( duration ) ||
		duration < SESSION_RULES.durationMin ||
		duration > SESSION_RULES.durationMax
	) {
		errors.duration_minutes = sprintf(
			/* translators: 1: shortest duration, 2: longest duration, in minutes. */
			__(
				'Enter a duration in minutes, from %1$d to %2$d.',
				'joolweb-sessions-pro'
			),
			SESSION_RULES.durationMin,
			SESSION_RULES.durationMax
		);
	}
	return errors;
}

/**
 * Session modal.
 *
 * @param props         Props.
 * @param props.session
 * @param props.client
 * @param props.coaches
 * @param props.onClose
 * @param props.onSaved
 */
export function SessionModal( {
	session,
	client,
	coaches,
	onClose,
	onSaved,
}: SessionModalProps ) {
	const form = useForm< SessionValues, SessionField >(
		{
			client:
				client ??
				( session
					? { id: session.client_id, name: session.client_name }
					: null ),
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
		},
		{
			validate: validateSession,
			errorMap: { fields: SESSION_FIELDS },
			failure: __(
				'The session could not be saved.',
				'joolweb-sessions-pro'
			),
		}
	);
	const { values, errors, isBusy, set } = form;

	const save = ( notify: boolean ) =>
		form.submit( async ( current ) => {
			const data: SessionWrite = {
				title: current.title.trim(),
				start: current.start,
				duration_minutes: Number( current.duration_minutes ),
				location: current.location.trim(),
				video_url: current.video_url.trim(),
				price: current.price.trim() || '0',
				status: current.status,
				payment_status: current.payment_status,
				notes: current.notes,
				notify,
			};
			if ( ! session && current.client ) {
				data.client_id = current.client.id;
			}
			if ( coaches && current.coach_id ) {
				data.coach_id = Number( current.coach_id );
			}
			const saved = session
				? await api.sessions.update( session.id, data )
				: await api.sessions.create( data );
			onSaved( saved, notify );
		} );

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
				ref={ form.formRef }
				className="joolwebsp-client-form"
				noValidate
				onSubmit={ ( event ) => {
					event.preventDefault();
					save( false );
				} }
			>
				{ form.message && (
					<Notice status="error" isDismissible={ false }>
						{ form.message }
					</Notice>
				) }
				{ ! session && ! client && (
					<ClientPicker
						value={ values.client }
						onChange={ set( 'client' ) }
						error={ errors.client_id }
					/>
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
				<TextField
					label={ __( 'Start *', 'joolweb-sessions-pro' ) }
					type="datetime-local"
					value={ values.start }
					onChange={ set( 'start' ) }
					error={ errors.start }
				/>
				<TextField
					label={ __( 'Duration (minutes)', 'joolweb-sessions-pro' ) }
					type="number"
					min={ SESSION_RULES.durationMin }
					max={ SESSION_RULES.durationMax }
					value={ values.duration_minutes }
					onChange={ set( 'duration_minutes' ) }
					error={ errors.duration_minutes }
				/>
				<TextField
					label={ __( 'Title', 'joolweb-sessions-pro' ) }
					help={ __(
						'Leave empty for "Session with …".',
						'joolweb-sessions-pro'
					) }
					value={ values.title }
					onChange={ set( 'title' ) }
				/>
				<TextField
					label={ __( 'Location', 'joolweb-sessions-pro' ) }
					value={ values.location }
					onChange={ set( 'location' ) }
				/>
				<TextField
					label={ __( 'Video link', 'joolweb-sessions-pro' ) }
					type="url"
					value={ values.video_url }
					onChange={ set( 'video_url' ) }
					error={ errors.video_url }
				/>
				<TextField
					label={ __( 'Price', 'joolweb-sessions-pro' ) }
					inputMode="decimal"
					value={ values.price }
					onChange={ set( 'price' ) }
					error={ errors.price }
				/>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Status', 'joolweb-sessions-pro' ) }
					value={ values.status }
					options={ optionsOf(
						SESSION_STATUSES,
						sessionStatusLabel
					) }
					onChange={ ( value: string ) =>
						set( 'status' )( value as SessionStatus )
					}
				/>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Payment', 'joolweb-sessions-pro' ) }
					value={ values.payment_status }
					options={ optionsOf(
						PAYMENT_STATUSES,
						paymentStatusLabel
					) }
					onChange={ ( value: string ) =>
						set( 'payment_status' )( value as PaymentStatus )
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
