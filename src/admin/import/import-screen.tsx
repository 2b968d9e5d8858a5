/**
 * Import CSV: Upload → Map columns (with the preview) → Options → Run → Report.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Notice,
	RadioControl,
	SelectControl,
} from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import {
	cancelImport,
	importErrorsUrl,
	runImportBatch,
	startImport,
	updateImport,
	uploadImport,
	type ImportField,
	type ImportJob,
	type ImportMapping,
} from '../../api/imports';
import { Screen } from '../../components/screen';
import { getSettings } from '../../settings';

type Step = 'upload' | 'map' | 'options' | 'run' | 'report';

const FIELDS: { key: ImportField; label: string; required: boolean }[] = [
	{
		key: 'first_name',
		label: __( 'First name', 'joolweb-sessions-pro' ),
		required: true,
	},
	{
		key: 'last_name',
		label: __( 'Last name', 'joolweb-sessions-pro' ),
		required: true,
	},
	{
		key: 'email',
		label: __( 'Email', 'joolweb-sessions-pro' ),
		required: true,
	},
	{
		key: 'phone',
		label: __( 'Phone', 'joolweb-sessions-pro' ),
		required: false,
	},
	{
		key: 'coach_email',
		label: __( 'Coach email', 'joolweb-sessions-pro' ),
		required: false,
	},
];

const RUNNING = [ 'queued', 'running' ];

/**
 * Premium explanation shown without a license.
 */
function PremiumNeeded() {
	const settings = getSettings();
	return (
		<div className="joolwebsp-import__premium">
			<h2>
				{ __(
					'Import your clients from a spreadsheet',
					'joolweb-sessions-pro'
				) }
			</h2>
			<p>
				{ __(
					'Premium imports CSV files from Excel, Google Sheets or any other tool (French or English headers, any encoding), exports your client list, and tracks physical measurements.',
					'joolweb-sessions-pro'
				) }
			</p>
			<p>
				<a
					className="button button-primary"
					href={ `${ settings.adminUrl }admin.php?page=joolwebsp-settings&tab=license` }
				>
					{ __(
						'Enter a license key in Settings → License',
						'joolweb-sessions-pro'
					) }
				</a>
			</p>
		</div>
	);
}

/**
 * The Import CSV screen.
 */
export function ImportScreen() {
	const [ step, setStep ] = useState< Step >( 'upload' );
	const [ job, setJob ] = useState< ImportJob | null >( null );
	const [ file, setFile ] = useState< File | null >( null );
	const [ error, setError ] = useState< string >( '' );
	const [ busy, setBusy ] = useState( false );
	const [ premiumMissing, setPremiumMissing ] = useState(
		getSettings().premium === false
	);
	const stop = useRef( false );

	const fail = ( caught: unknown ) => {
		if (
			typeof caught === 'object' &&
			caught !== null &&
			( caught as { code?: string } ).code ===
				'joolwebsp_premium_required'
		) {
			setPremiumMissing( true );
		}
		setError(
			errorMessage(
				caught,
				__( 'Something went wrong.', 'joolweb-sessions-pro' )
			)
		);
		setBusy( false );
	};

	const upload = async () => {
		if ( ! file ) {
			return;
		}
		setBusy( true );
		setError( '' );
		try {
			setJob( await uploadImport( file ) );
			setStep( 'map' );
		} catch ( caught ) {
			fail( caught );
		}
		setBusy( false );
	};

	const saveMapping = async ( mapping: ImportMapping ) => {
		if ( ! job ) {
			return;
		}
		setBusy( true );
		setError( '' );
		try {
			setJob( await updateImport( job.id, { mapping } ) );
		} catch ( caught ) {
			fail( caught );
		}
		setBusy( false );
	};

	const setOptions = async ( options: Partial< ImportJob > ) => {
		if ( ! job ) {
			return;
		}
		setError( '' );
		try {
			setJob(
				await updateImport( job.id, {
					on_existing: options.on_existing ?? job.on_existing,
					send_login: options.send_login ?? job.send_login,
					dry_run: options.dry_run ?? job.dry_run,
				} )
			);
		} catch ( caught ) {
			fail( caught );
		}
	};

	const run = async () => {
		if ( ! job ) {
			return;
		}
		setBusy( true );
		setError( '' );
		setStep( 'run' );
		stop.current = false;
		try {
			let current = await startImport( job.id );
			setJob( current );
			while ( RUNNING.includes( current.status ) && ! stop.current ) {
				current = await runImportBatch( current.id );
				setJob( current );
			}
			setStep( 'report' );
		} catch ( caught ) {
			fail( caught );
		}
		setBusy( false );
	};

	const cancel = async () => {
		if ( ! job ) {
			return;
		}
		stop.current = true;
		try {
			await cancelImport( job.id );
			setStep( 'report' );
			setJob( { ...job, status: 'cancelled' } );
		} catch ( caught ) {
			fail( caught );
		}
	};

	const restart = () => {
		setJob( null );
		setFile( null );
		setStep( 'upload' );
		setError( '' );
	};

	const title = __( 'Import CSV', 'joolweb-sessions-pro' );
	if ( premiumMissing ) {
		return (
			<Screen title={ title }>
				<PremiumNeeded />
			</Screen>
		);
	}

	const missing = job
		? FIELDS.filter(
				( field ) =>
					field.required &&
					( job.mapping[ field.key ] === undefined ||
						job.mapping[ field.key ] === null )
			)
		: [];

	return (
		<Screen title={ title }>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }

			{ step === 'upload' && (
				<section aria-labelledby="joolwebsp-import-upload">
					<h2 id="joolwebsp-import-upload">
						{ __( '1. Upload', 'joolweb-sessions-pro' ) }
					</h2>
					<p>
						{ __(
							'A CSV file with a header row: UTF-8, UTF-16 or Windows-1252, separated by commas, semicolons or tabs.',
							'joolweb-sessions-pro'
						) }
					</p>
					<label htmlFor="joolwebsp-import-file">
						{ __( 'CSV file', 'joolweb-sessions-pro' ) }
					</label>{ ' ' }
					<input
						id="joolwebsp-import-file"
						type="file"
						accept=".csv,.txt,text/csv,text/plain"
						onChange={ ( event ) =>
							setFile( event.target.files?.[ 0 ] ?? null )
						}
					/>
					<p>
						<Button
							variant="primary"
							onClick={ upload }
							disabled={ ! file || busy }
							isBusy={ busy }
						>
							{ __( 'Upload', 'joolweb-sessions-pro' ) }
						</Button>
					</p>
				</section>
			) }

			{ step === 'map' && job && (
				<section aria-labelledby="joolwebsp-import-map">
					<h2 id="joolwebsp-import-map">
						{ __( '2. Map columns', 'joolweb-sessions-pro' ) }
					</h2>
					{ FIELDS.map( ( field ) => (
						<SelectControl
							key={ field.key }
							label={ field.label }
							value={ String( job.mapping[ field.key ] ?? '' ) }
							options={ [
								{
									value: '',
									label: __(
										'— Not imported —',
										'joolweb-sessions-pro'
									),
								},
								...job.columns.map( ( column, index ) => ( {
									value: String( index ),
									label:
										column ||
										sprintf(
											/* translators: %d: column number. */
											__(
												'Column %d',
												'joolweb-sessions-pro'
											),
											index + 1
										),
								} ) ),
							] }
							onChange={ ( value: string ) =>
								saveMapping( {
									...job.mapping,
									[ field.key ]:
										value === '' ? null : Number( value ),
								} )
							}
							__nextHasNoMarginBottom
							__next40pxDefaultSize
						/>
					) ) }
					{ job.preview && (
						<>
							<h3>{ __( 'Preview', 'joolweb-sessions-pro' ) }</h3>
							<p>
								{ sprintf(
									/* translators: 1: rows, 2: valid, 3: invalid, 4: duplicates, 5: existing. */
									__(
										'%1$d rows: %2$d valid, %3$d invalid, %4$d duplicates in the file, %5$d already existing.',
										'joolweb-sessions-pro'
									),
									job.total_rows,
									job.preview.valid,
									job.preview.invalid,
									job.preview.duplicates,
									job.preview.existing
								) }
							</p>
							<table className="widefat striped">
								<thead>
									<tr>
										<th scope="col">
											{ __(
												'Row',
												'joolweb-sessions-pro'
											) }
										</th>
										{ FIELDS.map( ( field ) => (
											<th scope="col" key={ field.key }>
												{ field.label }
											</th>
										) ) }
										<th scope="col">
											{ __(
												'Check',
												'joolweb-sessions-pro'
											) }
										</th>
									</tr>
								</thead>
								<tbody>
									{ job.preview.rows.map( ( row ) => (
										<tr key={ row.row }>
											<td>{ row.row }</td>
											{ FIELDS.map( ( field ) => (
												<td key={ field.key }>
													{ row.values[ field.key ] ??
														'' }
												</td>
											) ) }
											<td>
												{ row.errors.length
													? row.errors
															.map(
																( e ) =>
																	`${ e.field }: ${ e.message }`
															)
															.join( ' ' )
													: row.status }
											</td>
										</tr>
									) ) }
								</tbody>
							</table>
						</>
					) }
					{ missing.length > 0 && (
						<p>
							{ sprintf(
								/* translators: %s: field names. */
								__(
									'Choose a column for: %s.',
									'joolweb-sessions-pro'
								),
								missing
									.map( ( field ) => field.label )
									.join( ', ' )
							) }
						</p>
					) }
					<p>
						<Button variant="secondary" onClick={ restart }>
							{ __( 'Back', 'joolweb-sessions-pro' ) }
						</Button>{ ' ' }
						<Button
							variant="primary"
							disabled={ busy || missing.length > 0 }
							onClick={ () => setStep( 'options' ) }
						>
							{ __( 'Next', 'joolweb-sessions-pro' ) }
						</Button>
					</p>
				</section>
			) }

			{ step === 'options' && job && (
				<section aria-labelledby="joolwebsp-import-options">
					<h2 id="joolwebsp-import-options">
						{ __( '3. Options', 'joolweb-sessions-pro' ) }
					</h2>
					<RadioControl
						label={ __(
							'When the email is already a client',
							'joolweb-sessions-pro'
						) }
						selected={ job.on_existing }
						options={ [
							{
								value: 'skip',
								label: __(
									'Skip the row',
									'joolweb-sessions-pro'
								),
							},
							{
								value: 'update',
								label: __(
									'Update the client',
									'joolweb-sessions-pro'
								),
							},
						] }
						onChange={ ( value ) =>
							setOptions( {
								on_existing:
									value === 'update' ? 'update' : 'skip',
							} )
						}
					/>
					<CheckboxControl
						label={ __(
							'Send login details to the new clients',
							'joolweb-sessions-pro'
						) }
						checked={ job.send_login }
						onChange={ ( checked ) =>
							setOptions( { send_login: checked } )
						}
						__nextHasNoMarginBottom
					/>
					<CheckboxControl
						label={ __(
							'Dry run: check every row without importing',
							'joolweb-sessions-pro'
						) }
						checked={ job.dry_run }
						onChange={ ( checked ) =>
							setOptions( { dry_run: checked } )
						}
						__nextHasNoMarginBottom
					/>
					<p>
						<Button
							variant="secondary"
							onClick={ () => setStep( 'map' ) }
						>
							{ __( 'Back', 'joolweb-sessions-pro' ) }
						</Button>{ ' ' }
						<Button
							variant="primary"
							onClick={ run }
							disabled={ busy }
						>
							{ __( 'Run import', 'joolweb-sessions-pro' ) }
						</Button>
					</p>
				</section>
			) }

			{ ( step === 'run' || step === 'report' ) && job && (
				<section aria-labelledby="joolwebsp-import-run">
					<h2 id="joolwebsp-import-run">
						{ step === 'run'
							? __( '4. Importing', 'joolweb-sessions-pro' )
							: __( '5. Report', 'joolweb-sessions-pro' ) }
					</h2>
					<progress
						max={ Math.max( 1, job.total_rows ) }
						value={ job.processed_rows }
						aria-label={ __(
							'Rows processed',
							'joolweb-sessions-pro'
						) }
					/>
					<p aria-live="polite">
						{ sprintf(
							/* translators: 1: processed, 2: total, 3: created, 4: updated, 5: skipped, 6: failed. */
							__(
								'%1$d / %2$d rows — %3$d created, %4$d updated, %5$d skipped, %6$d failed',
								'joolweb-sessions-pro'
							),
							job.processed_rows,
							job.total_rows,
							job.created,
							job.updated,
							job.skipped,
							job.failed
						) }
					</p>
					{ step === 'run' && (
						<Button variant="secondary" onClick={ cancel }>
							{ __( 'Cancel import', 'joolweb-sessions-pro' ) }
						</Button>
					) }
					{ step === 'report' && job.errors.length > 0 && (
						<>
							<table className="widefat striped">
								<caption>
									{ __(
										'Rows that failed',
										'joolweb-sessions-pro'
									) }
								</caption>
								<thead>
									<tr>
										<th scope="col">
											{ __(
												'Row',
												'joolweb-sessions-pro'
											) }
										</th>
										<th scope="col">
											{ __(
												'Field',
												'joolweb-sessions-pro'
											) }
										</th>
										<th scope="col">
											{ __(
												'Problem',
												'joolweb-sessions-pro'
											) }
										</th>
									</tr>
								</thead>
								<tbody>
									{ /* A row can fail on several fields: one line each. */ }
									{ job.errors.map( ( row, index ) => (
										<tr
											key={ `${ row.row }:${ row.field }:${ index }` }
										>
											<td>{ row.row }</td>
											<td>{ row.field }</td>
											<td>{ row.message }</td>
										</tr>
									) ) }
								</tbody>
							</table>
							<p>
								<a
									className="button"
									href={ importErrorsUrl( job.id ) }
									download
								>
									{ __(
										'Download the failed rows (CSV)',
										'joolweb-sessions-pro'
									) }
								</a>
							</p>
						</>
					) }
					{ step === 'report' && (
						<p>
							<Button variant="primary" onClick={ restart }>
								{ __(
									'Import another file',
									'joolweb-sessions-pro'
								) }
							</Button>
						</p>
					) }
				</section>
			) }
		</Screen>
	);
}
