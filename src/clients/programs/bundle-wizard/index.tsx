/**
 * New bundle, in three steps: 1 Offer (a model or custom), 2 Scheduling (a weekly pattern, Generate
 * dates, then each date editable), 3 Confirmation.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Modal,
	Notice,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../../api/client';
import type { Bundle } from '../../../api/types';
import { OfferFields, isValidOffer } from '../../../components/offer-fields';
import { useRestQuery } from '../../../data/use-rest-query';
import { formatMoney, toLocalInput } from '../../../utils/format';

export interface BundleWizardProps {
	clientId: number;
	clientName: string;
	onClose: () => void;
	onCreated: ( bundle: Bundle ) => void;
}

const WEEKDAYS: Array< [ number, string ] > = [
	[ 1, __( 'Monday', 'joolweb-sessions-pro' ) ],
	[ 2, __( 'Tuesday', 'joolweb-sessions-pro' ) ],
	[ 3, __( 'Wednesday', 'joolweb-sessions-pro' ) ],
	[ 4, __( 'Thursday', 'joolweb-sessions-pro' ) ],
	[ 5, __( 'Friday', 'joolweb-sessions-pro' ) ],
	[ 6, __( 'Saturday', 'joolweb-sessions-pro' ) ],
	[ 7, __( 'Sunday', 'joolweb-sessions-pro' ) ],
];

/**
 * Bundle wizard.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.clientName
 * @param props.onClose
 * @param props.onCreated
 */
export function BundleWizard( {
	clientId,
	clientName,
	onClose,
	onCreated,
}: BundleWizardProps ) {
	const [ step, setStep ] = useState( 1 );
	const templates =
		useRestQuery( [ 'templates' ], () => api.programs.templates() ).data ??
		[];
	const [ offer, setOffer ] = useState( {
		template_id: '',
		title: '',
		sessions_planned: '10',
		price: '0',
		location: '',
		video_url: '',
	} );
	const [ pattern, setPattern ] = useState( {
		first_date: '',
		weekdays: [] as number[],
		time: '18:00',
	} );
	const [ dates, setDates ] = useState< string[] >( [] );
	const [ error, setError ] = useState< string | null >( null );
	const [ isBusy, setIsBusy ] = useState( false );

	const n = Number( offer.sessions_planned );
	const offerValid = isValidOffer( offer );

	const chooseTemplate = ( id: string ) => {
		const template = templates.find( ( t ) => String( t.id ) === id );
		setOffer(
			template
				? {
						template_id: id,
						title: template.title,
						sessions_planned: String( template.sessions_planned ),
						price: template.price,
						location: template.location,
						video_url: template.video_url,
					}
				: { ...offer, template_id: '' }
		);
	};

	const generate = async () => {
		setError( null );
		setIsBusy( true );
		try {
			const result = await api.programs.previewSchedule( {
				...pattern,
				count: n,
			} );
			setDates( result.starts.map( toLocalInput ) );
		} catch ( reason ) {
			setError(
				errorMessage(
					reason,
					__(
						'The dates could not be generated.',
						'joolweb-sessions-pro'
					)
				)
			);
		} finally {
			setIsBusy( false );
		}
	};

	const create = async () => {
		setError( null );
		setIsBusy( true );
		try {
			const bundle = await api.programs.createBundle( {
				client_id: clientId,
				title: offer.title.trim(),
				sessions_planned: n,
				price: offer.price.trim(),
				location: offer.location.trim(),
				video_url: offer.video_url.trim(),
				...( offer.template_id
					? { template_id: Number( offer.template_id ) }
					: {} ),
				schedule: { starts: dates },
			} );
			onCreated( bundle );
		} catch ( reason ) {
			setError(
				errorMessage(
					reason,
					__(
						'The bundle could not be created.',
						'joolweb-sessions-pro'
					)
				)
			);
		} finally {
			setIsBusy( false );
		}
	};

	const stepTitle = [
		__( 'Offer', 'joolweb-sessions-pro' ),
		__( 'Scheduling', 'joolweb-sessions-pro' ),
		__( 'Confirmation', 'joolweb-sessions-pro' ),
	];

	return (
		<Modal
			title={ __( 'New bundle', 'joolweb-sessions-pro' ) }
			onRequestClose={ onClose }
			className="joolwebsp-wizard"
		>
			<ol className="joolwebsp-wizard__steps">
				{ stepTitle.map( ( title, index ) => (
					<li
						key={ title }
						aria-current={ index + 1 === step ? 'step' : undefined }
						className={ index + 1 === step ? 'is-current' : '' }
					>
						{ `${ index + 1 }. ${ title }` }
					</li>
				) ) }
			</ol>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ step === 1 && (
				<div className="joolwebsp-client-form">
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Model', 'joolweb-sessions-pro' ) }
						value={ offer.template_id }
						options={ [
							{
								value: '',
								label: __(
									'Custom bundle',
									'joolweb-sessions-pro'
								),
							},
							...templates.map( ( t ) => ( {
								value: String( t.id ),
								label: t.title,
							} ) ),
						] }
						onChange={ chooseTemplate }
					/>
					<OfferFields
						values={ offer }
						onChange={ ( values ) =>
							setOffer( { ...offer, ...values } )
						}
					/>
					<div className="joolwebsp-client-form__buttons">
						<Button
							variant="primary"
							disabled={ ! offerValid }
							accessibleWhenDisabled
							onClick={ () => setStep( 2 ) }
						>
							{ __( 'Next: scheduling', 'joolweb-sessions-pro' ) }
						</Button>
					</div>
				</div>
			) }
			{ step === 2 && (
				<div className="joolwebsp-client-form">
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'First date', 'joolweb-sessions-pro' ) }
						type="date"
						value={ pattern.first_date }
						onChange={ ( value: string ) =>
							setPattern( { ...pattern, first_date: value } )
						}
					/>
					<fieldset className="joolwebsp-weekdays">
						<legend>
							{ __( 'Weekdays', 'joolweb-sessions-pro' ) }
						</legend>
						{ WEEKDAYS.map( ( [ day, label ] ) => (
							<CheckboxControl
								__nextHasNoMarginBottom
								key={ day }
								label={ label }
								checked={ pattern.weekdays.includes( day ) }
								onChange={ ( checked: boolean ) =>
									setPattern( {
										...pattern,
										weekdays: checked
											? [ ...pattern.weekdays, day ]
											: pattern.weekdays.filter(
													( d ) => d !== day
												),
									} )
								}
							/>
						) ) }
					</fieldset>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Time', 'joolweb-sessions-pro' ) }
						type="time"
						value={ pattern.time }
						onChange={ ( time: string ) =>
							setPattern( { ...pattern, time } )
						}
					/>
					<Button
						variant="secondary"
						isBusy={ isBusy }
						disabled={
							isBusy ||
							! pattern.first_date ||
							! pattern.weekdays.length
						}
						accessibleWhenDisabled
						onClick={ generate }
					>
						{ __( 'Generate dates', 'joolweb-sessions-pro' ) }
					</Button>
					{ dates.length > 0 && (
						<ol className="joolwebsp-date-cards">
							{ dates.map( ( date, index ) => (
								<li key={ index }>
									<TextControl
										__nextHasNoMarginBottom
										__next40pxDefaultSize
										label={ sprintf(
											/* translators: 1: session number, 2: number of sessions. */
											__(
												'Session %1$d of %2$d',
												'joolweb-sessions-pro'
											),
											index + 1,
											dates.length
										) }
										type="datetime-local"
										value={ date }
										onChange={ ( value: string ) =>
											setDates(
												dates.map( ( d, i ) =>
													i === index ? value : d
												)
											)
										}
									/>
								</li>
							) ) }
						</ol>
					) }
					<div className="joolwebsp-client-form__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setStep( 1 ) }
						>
							{ __( 'Back', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="primary"
							disabled={
								dates.length !== n || dates.some( ( d ) => ! d )
							}
							accessibleWhenDisabled
							onClick={ () => setStep( 3 ) }
						>
							{ __(
								'Next: confirmation',
								'joolweb-sessions-pro'
							) }
						</Button>
					</div>
				</div>
			) }
			{ step === 3 && (
				<div className="joolwebsp-client-form">
					<dl className="joolwebsp-summary">
						<dt>{ __( 'Client', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ clientName }</dd>
						<dt>{ __( 'Bundle', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ offer.title }</dd>
						<dt>{ __( 'Sessions', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ n }</dd>
						<dt>{ __( 'Total price', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ formatMoney( offer.price ) }</dd>
						<dt>{ __( 'From', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ dates[ 0 ]?.replace( 'T', ' ' ) }</dd>
						<dt>{ __( 'To', 'joolweb-sessions-pro' ) }</dt>
						<dd>
							{ dates[ dates.length - 1 ]?.replace( 'T', ' ' ) }
						</dd>
					</dl>
					<div className="joolwebsp-client-form__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setStep( 2 ) }
						>
							{ __( 'Back', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="primary"
							isBusy={ isBusy }
							disabled={ isBusy }
							accessibleWhenDisabled
							onClick={ create }
						>
							{ __( 'Create bundle', 'joolweb-sessions-pro' ) }
						</Button>
					</div>
				</div>
			) }
		</Modal>
	);
}
