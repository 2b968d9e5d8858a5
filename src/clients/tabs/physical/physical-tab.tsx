/**
 * Profile → Physical (premium, with the Settings → General switch): a chart of weight and waist
 * over time with its table, the add/change form (ranges published by the server), and the dated
 * entries with change and delete. The same tab on the admin profile and the coach's front profile.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Modal,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../../api/client';
import { measurements as measurementsApi } from '../../../api/measurements';
import type { Measurement, MeasurementWrite } from '../../../api/types';
import { EmptyState } from '../../../components/empty-state';
import { LineChart } from '../../../components/line-chart';
import { QueryStatus } from '../../../components/query-status';
import { useRestQuery } from '../../../data/use-rest-query';
import type { FieldErrors } from '../../../forms/field-errors';
import { TextField } from '../../../forms/text-field';
import { useForm } from '../../../forms/use-form';
import type {
	MeasurementKey,
	MeasurementRange,
	MeasurementSettings,
} from '../../../settings';
import { formatDay, formatNumber, todayInSite } from '../../../utils/format';
import { useClientModule } from '../../module';

export interface PhysicalTabProps {
	clientId: number;
	/** The ranges the server published (the tab only shows when it did). */
	settings: MeasurementSettings;
}

type Field = MeasurementKey | 'date' | 'notes';

/** The form's values: what the inputs hold, as typed. */
type Values = Record< Field, string >;

/**
 * The name of each value (its unit comes from the server).
 * @param key
 */
export function measurementLabel( key: MeasurementKey ): string {
	return {
		weight_kg: __( 'Weight', 'joolweb-sessions-pro' ),
		body_fat_pct: __( 'Body fat', 'joolweb-sessions-pro' ),
		waist_cm: __( 'Waist', 'joolweb-sessions-pro' ),
		hips_cm: __( 'Hips', 'joolweb-sessions-pro' ),
		chest_cm: __( 'Chest', 'joolweb-sessions-pro' ),
		arm_cm: __( 'Arm', 'joolweb-sessions-pro' ),
		thigh_cm: __( 'Thigh', 'joolweb-sessions-pro' ),
	}[ key ];
}

/**
 * "Weight (kg)".
 *
 * @param key   Value.
 * @param range Its range.
 */
function labelWithUnit( key: MeasurementKey, range: MeasurementRange ) {
	return sprintf(
		/* translators: 1: measurement name, 2: unit. */
		__( '%1$s (%2$s)', 'joolweb-sessions-pro' ),
		measurementLabel( key ),
		range.unit
	);
}

/**
 * A typed value as a number, accepting a decimal comma; null when empty, NaN when not a number.
 *
 * @param text Typed text.
 */
export function parseValue( text: string ): number | null {
	const trimmed = text.trim();
	if ( trimmed === '' ) {
		return null;
	}
	return /^-?\d+([.,]\d+)?$/.test( trimmed )
		? Number( trimmed.replace( ',', '.' ) )
		: NaN;
}

/**
 * The ranges in the server's order.
 *
 * @param settings Published settings.
 */
function rangeEntries(
	settings: MeasurementSettings
): Array< [ MeasurementKey, MeasurementRange ] > {
	return Object.entries( settings.ranges ) as Array<
		[ MeasurementKey, MeasurementRange ]
	>;
}

/**
 * Checks what the server checks, to answer at once: a date, each value in its range, at least one.
 *
 * @param values   Form values.
 * @param settings Ranges.
 */
export function validateMeasurement(
	values: Values,
	settings: MeasurementSettings
): FieldErrors< Field > {
	const errors: FieldErrors< Field > = {};
	if ( ! /^\d{4}-\d{2}-\d{2}$/.test( values.date ) ) {
		errors.date = __(
			'Enter a date as YYYY-MM-DD.',
			'joolweb-sessions-pro'
		);
	} else if ( values.date > todayInSite() ) {
		errors.date = __(
			'The date cannot be in the future.',
			'joolweb-sessions-pro'
		);
	}
	let any = false;
	for ( const [ key, range ] of rangeEntries( settings ) ) {
		const value = parseValue( values[ key ] );
		if ( value === null ) {
			continue;
		}
		any = true;
		if ( Number.isNaN( value ) || value < range.min || value > range.max ) {
			errors[ key ] = sprintf(
				/* translators: 1: minimum, 2: maximum, 3: unit. */
				__(
					'Enter a value from %1$s to %2$s %3$s.',
					'joolweb-sessions-pro'
				),
				formatNumber( range.min ),
				formatNumber( range.max ),
				range.unit
			);
		}
	}
	if ( ! any ) {
		const first = rangeEntries( settings )[ 0 ]?.[ 0 ];
		if ( first ) {
			errors[ first ] = __(
				'Enter at least one measurement.',
				'joolweb-sessions-pro'
			);
		}
	}
	return errors;
}

/**
 * Empty form for today, or the values of an entry being changed.
 *
 * @param settings Ranges.
 * @param entry    Entry, if changing one.
 */
function formValues(
	settings: MeasurementSettings,
	entry: Measurement | null
): Values {
	const values = {
		date: entry?.date ?? todayInSite(),
		notes: entry?.notes ?? '',
	} as Values;
	for ( const [ key ] of rangeEntries( settings ) ) {
		const value = entry?.[ key ];
		values[ key ] =
			value === null || value === undefined ? '' : String( value );
	}
	return values;
}

/**
 * What to send: every value (null for an empty one, which clears it on change).
 *
 * @param values   Form values.
 * @param settings Ranges.
 */
function payload(
	values: Values,
	settings: MeasurementSettings
): MeasurementWrite {
	const data: MeasurementWrite = { date: values.date, notes: values.notes };
	for ( const [ key ] of rangeEntries( settings ) ) {
		data[ key ] = parseValue( values[ key ] );
	}
	return data;
}

/**
 * Physical tab.
 *
 * @param props          Props.
 * @param props.clientId Client.
 * @param props.settings Ranges.
 */
export function PhysicalTab( { clientId, settings }: PhysicalTabProps ) {
	const module = useClientModule();
	const canEdit = module.can( 'edit_clients' );
	const [ editing, setEditing ] = useState< Measurement | null >( null );
	const [ deleting, setDeleting ] = useState< Measurement | null >( null );
	const [ isDeleting, setIsDeleting ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const query = useRestQuery(
		[ 'measurements', clientId ],
		() => measurementsApi.list( clientId ),
		{
			errorMessage: __(
				'The measurements could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	const fields: Field[] = [
		'date',
		'notes',
		...rangeEntries( settings ).map( ( [ key ] ) => key ),
	];
	const form = useForm< Values, Field >( formValues( settings, null ), {
		validate: ( values ) => validateMeasurement( values, settings ),
		errorMap: { fields },
		failure: __(
			'The measurement could not be saved.',
			'joolweb-sessions-pro'
		),
	} );

	const startEditing = ( entry: Measurement | null ) => {
		setEditing( entry );
		form.setValues( formValues( settings, entry ) );
		form.setErrors( {} );
		if ( entry ) {
			window.setTimeout( () =>
				form.formRef.current?.querySelector( 'input' )?.focus()
			);
		}
	};

	const save = () =>
		form.submit( async ( values ) => {
			const data = payload( values, settings );
			if ( editing ) {
				await measurementsApi.update( editing.id, data );
			} else {
				await measurementsApi.create( clientId, data );
			}
			createSuccessNotice(
				editing
					? __( 'Measurement updated.', 'joolweb-sessions-pro' )
					: __( 'Measurement added.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			startEditing( null );
			query.reload();
		} );

	const remove = async ( entry: Measurement ) => {
		setIsDeleting( true );
		try {
			await measurementsApi.remove( entry.id );
			createSuccessNotice(
				__( 'Measurement deleted.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			if ( editing?.id === entry.id ) {
				startEditing( null );
			}
			query.reload();
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__(
						'The measurement could not be deleted.',
						'joolweb-sessions-pro'
					)
				),
				{ type: 'snackbar' }
			);
		} finally {
			setIsDeleting( false );
			setDeleting( null );
		}
	};

	if ( ! query.data || query.error ) {
		return <QueryStatus query={ query }>{ () => null }</QueryStatus>;
	}
	const entries = query.data;
	const ranges = rangeEntries( settings );
	const chartSeries = ranges
		.filter( ( [ key ] ) => key === 'weight_kg' || key === 'waist_cm' )
		.map( ( [ key, range ] ) => ( {
			key,
			label: labelWithUnit( key, range ),
			points: entries.flatMap( ( entry ) => {
				const value = entry[ key ];
				return value === null ? [] : [ { x: entry.date, y: value } ];
			} ),
		} ) );
	const hasChart = chartSeries.some( ( s ) => s.points.length );

	return (
		<>
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>{ __( 'Progress', 'joolweb-sessions-pro' ) }</h2>
				</CardHeader>
				<CardBody>
					{ hasChart ? (
						<LineChart
							title={ __(
								'Weight and waist over time',
								'joolweb-sessions-pro'
							) }
							series={ chartSeries }
							formatDate={ formatDay }
							formatValue={ formatNumber }
						/>
					) : (
						<p className="joolwebsp-muted">
							{ __(
								'The chart shows weight and waist once they are measured.',
								'joolweb-sessions-pro'
							) }
						</p>
					) }
				</CardBody>
			</Card>
			{ canEdit && (
				<Card className="joolwebsp-card joolwebsp-section">
					<CardHeader>
						<h2>
							{ editing
								? sprintf(
										/* translators: %s: date. */
										__(
											'Change the measurement of %s',
											'joolweb-sessions-pro'
										),
										formatDay( editing.date )
									)
								: __(
										'Add a measurement',
										'joolweb-sessions-pro'
									) }
						</h2>
					</CardHeader>
					<CardBody>
						<form
							ref={ form.formRef }
							className="joolwebsp-measurement-form"
							noValidate
							onSubmit={ ( event ) => {
								event.preventDefault();
								save();
							} }
						>
							{ form.message && (
								<p
									className="joolwebsp-form-error"
									role="alert"
								>
									{ form.message }
								</p>
							) }
							<div className="joolwebsp-measurement-form__grid">
								<TextField
									label={ __(
										'Date',
										'joolweb-sessions-pro'
									) }
									type="date"
									max={ todayInSite() }
									value={ form.values.date }
									onChange={ form.set( 'date' ) }
									error={ form.errors.date }
								/>
								{ ranges.map( ( [ key, range ] ) => (
									<TextField
										key={ key }
										label={ labelWithUnit( key, range ) }
										type="text"
										inputMode="decimal"
										autoComplete="off"
										help={ sprintf(
											/* translators: 1: minimum, 2: maximum. */
											__(
												'%1$s to %2$s',
												'joolweb-sessions-pro'
											),
											formatNumber( range.min ),
											formatNumber( range.max )
										) }
										value={ form.values[ key ] }
										onChange={ form.set( key ) }
										error={ form.errors[ key ] }
									/>
								) ) }
							</div>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __( 'Notes', 'joolweb-sessions-pro' ) }
								rows={ 2 }
								value={ form.values.notes }
								onChange={ form.set( 'notes' ) }
							/>
							{ form.errors.notes && (
								<p
									className="joolwebsp-form-error"
									role="alert"
								>
									{ form.errors.notes }
								</p>
							) }
							<div className="joolwebsp-tab-actions">
								<Button
									variant="primary"
									type="submit"
									isBusy={ form.isBusy }
									disabled={ form.isBusy }
								>
									{ editing
										? __(
												'Save changes',
												'joolweb-sessions-pro'
											)
										: __(
												'Add measurement',
												'joolweb-sessions-pro'
											) }
								</Button>
								{ editing && (
									<Button
										variant="tertiary"
										onClick={ () => startEditing( null ) }
									>
										{ __(
											'Cancel',
											'joolweb-sessions-pro'
										) }
									</Button>
								) }
							</div>
						</form>
					</CardBody>
				</Card>
			) }
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>{ __( 'History', 'joolweb-sessions-pro' ) }</h2>
				</CardHeader>
				<CardBody>
					{ entries.length ? (
						<ul className="joolwebsp-measurements">
							{ [ ...entries ].reverse().map( ( entry ) => (
								<li
									key={ entry.id }
									className="joolwebsp-measurement"
								>
									<h3>{ formatDay( entry.date ) }</h3>
									<dl>
										{ ranges
											.filter(
												( [ key ] ) =>
													entry[ key ] !== null
											)
											.map( ( [ key, range ] ) => (
												<div key={ key }>
													<dt>
														{ measurementLabel(
															key
														) }
													</dt>
													<dd>
														{ `${ formatNumber(
															entry[ key ] ?? 0
														) } ${ range.unit }` }
													</dd>
												</div>
											) ) }
									</dl>
									{ entry.notes && <p>{ entry.notes }</p> }
									{ canEdit && (
										<div className="joolwebsp-measurement__actions">
											<Button
												variant="secondary"
												size="compact"
												onClick={ () =>
													startEditing( entry )
												}
												aria-label={ sprintf(
													/* translators: %s: date. */
													__(
														'Change the measurement of %s',
														'joolweb-sessions-pro'
													),
													formatDay( entry.date )
												) }
											>
												{ __(
													'Change',
													'joolweb-sessions-pro'
												) }
											</Button>
											<Button
												variant="secondary"
												size="compact"
												isDestructive
												onClick={ () =>
													setDeleting( entry )
												}
												aria-label={ sprintf(
													/* translators: %s: date. */
													__(
														'Delete the measurement of %s',
														'joolweb-sessions-pro'
													),
													formatDay( entry.date )
												) }
											>
												{ __(
													'Delete',
													'joolweb-sessions-pro'
												) }
											</Button>
										</div>
									) }
								</li>
							) ) }
						</ul>
					) : (
						<EmptyState
							title={ __(
								'No measurement yet',
								'joolweb-sessions-pro'
							) }
						>
							<p>
								{ __(
									'Record weight, body fat and sizes to follow the client’s progress.',
									'joolweb-sessions-pro'
								) }
							</p>
						</EmptyState>
					) }
				</CardBody>
			</Card>
			{ deleting && (
				<Modal
					title={ __( 'Delete measurement', 'joolweb-sessions-pro' ) }
					onRequestClose={ () => setDeleting( null ) }
				>
					<p>
						{ sprintf(
							/* translators: %s: date. */
							__(
								'Delete the measurement of %s? This cannot be undone.',
								'joolweb-sessions-pro'
							),
							formatDay( deleting.date )
						) }
					</p>
					<div className="joolwebsp-tab-actions">
						<Button
							variant="primary"
							isDestructive
							isBusy={ isDeleting }
							disabled={ isDeleting }
							onClick={ () => remove( deleting ) }
						>
							{ __( 'Delete', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => setDeleting( null ) }
						>
							{ __( 'Cancel', 'joolweb-sessions-pro' ) }
						</Button>
					</div>
				</Modal>
			) }
		</>
	);
}
