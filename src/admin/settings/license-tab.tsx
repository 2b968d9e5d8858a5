/**
 * Settings → License: GET /license, POST /license {key}, DELETE /license (after a confirmation:
 * it switches import, export and measurements off).
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	Spinner,
	Modal,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage, isApiError } from '../../api/client';
import {
	isMissingRoute,
	licenseApi,
	type License,
	type LicenseStatus,
} from '../../api/settings';
import { EmptyState } from '../../components/empty-state';
import { formatDate } from '../../utils/format';

/**
 * The words for a license status.
 *
 * @param status Status.
 */
export function licenseStatusLabel( status: LicenseStatus ): string {
	switch ( status ) {
		case 'active':
			return __( 'Active', 'joolweb-sessions-pro' );
		case 'expired':
			return __( 'Expired', 'joolweb-sessions-pro' );
		case 'invalid':
			return __( 'Invalid', 'joolweb-sessions-pro' );
		case 'wrong_site':
			return __( 'For another site', 'joolweb-sessions-pro' );
		default:
			return __( 'No license', 'joolweb-sessions-pro' );
	}
}

/**
 * The message of a refused key (400 joolwebsp_license_*).
 *
 * @param error Thrown value.
 */
function refusal( error: unknown ): string {
	const code = isApiError( error ) ? error.code : '';
	switch ( code ) {
		case 'joolwebsp_license_invalid':
			return __(
				'This key is not valid. Check that it was copied whole.',
				'joolweb-sessions-pro'
			);
		case 'joolwebsp_license_expired':
			return __( 'This key has expired.', 'joolweb-sessions-pro' );
		case 'joolwebsp_license_wrong_site':
			return __(
				'This key was issued for another site.',
				'joolweb-sessions-pro'
			);
		default:
			return errorMessage(
				error,
				__(
					'The license could not be changed.',
					'joolweb-sessions-pro'
				)
			);
	}
}

/**
 * License tab.
 */
export function LicenseTab() {
	const [ license, setLicense ] = useState< License | null >( null );
	const [ state, setState ] = useState<
		'loading' | 'ready' | 'unavailable' | 'error'
	>( 'loading' );
	const [ loadError, setLoadError ] = useState( '' );
	const [ key, setKey ] = useState( '' );
	const [ keyError, setKeyError ] = useState( '' );
	const [ busy, setBusy ] = useState< string | null >( null );
	const [ confirming, setConfirming ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const load = async ( announce = false ) => {
		try {
			const found = await licenseApi.get();
			setLicense( found );
			setState( 'ready' );
			if ( announce ) {
				createSuccessNotice(
					__( 'License checked.', 'joolweb-sessions-pro' ),
					{ type: 'snackbar' }
				);
			}
		} catch ( error ) {
			if ( isMissingRoute( error ) ) {
				setState( 'unavailable' );
			} else {
				setLoadError(
					errorMessage(
						error,
						__(
							'The license could not be read.',
							'joolweb-sessions-pro'
						)
					)
				);
				setState( 'error' );
			}
		}
	};

	useEffect( () => {
		load();
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	const act = async ( name: string, action: () => Promise< unknown > ) => {
		setBusy( name );
		setKeyError( '' );
		try {
			await action();
		} catch ( error ) {
			const message = refusal( error );
			setKeyError( message );
			createErrorNotice( message, { type: 'snackbar' } );
		} finally {
			setBusy( null );
		}
	};

	if ( state === 'loading' ) {
		return (
			<p aria-live="polite">
				<Spinner /> { __( 'Loading…', 'joolweb-sessions-pro' ) }
			</p>
		);
	}
	if ( state === 'unavailable' ) {
		return (
			<EmptyState
				title={ __( 'Not available yet', 'joolweb-sessions-pro' ) }
			>
				<p>
					{ __(
						'Licenses for the premium features are not available in this version.',
						'joolweb-sessions-pro'
					) }
				</p>
			</EmptyState>
		);
	}
	if ( state === 'error' ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ loadError }
			</Notice>
		);
	}
	const status = license?.status ?? 'none';
	const hasLicense = !! license && status !== 'none';
	return (
		<div className="joolwebsp-settings-fields">
			<dl className="joolwebsp-license">
				<div>
					<dt>{ __( 'Status', 'joolweb-sessions-pro' ) }</dt>
					<dd>
						<span
							className={ `joolwebsp-badge is-license-${ status }` }
						>
							{ licenseStatusLabel( status ) }
						</span>
					</dd>
				</div>
				{ hasLicense && (
					<>
						<div>
							<dt>
								{ __( 'Features', 'joolweb-sessions-pro' ) }
							</dt>
							<dd>
								{ license?.features?.length
									? license.features.join( ', ' )
									: '—' }
							</dd>
						</div>
						<div>
							<dt>{ __( 'Expires', 'joolweb-sessions-pro' ) }</dt>
							<dd>
								{ license?.expires
									? formatDate( license.expires )
									: __( 'Never', 'joolweb-sessions-pro' ) }
							</dd>
						</div>
					</>
				) }
			</dl>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'License key', 'joolweb-sessions-pro' ) }
				className={ keyError ? 'has-error' : undefined }
				help={ keyError || undefined }
				value={ key }
				autoComplete="off"
				onChange={ ( value: string ) => {
					setKey( value );
					setKeyError( '' );
				} }
			/>
			<div className="joolwebsp-tab-actions">
				<Button
					variant="primary"
					isBusy={ busy === 'activate' }
					disabled={ busy !== null || ! key.trim() }
					accessibleWhenDisabled
					onClick={ () =>
						act( 'activate', async () => {
							setLicense(
								await licenseApi.activate( key.trim() )
							);
							setKey( '' );
							createSuccessNotice(
								__(
									'License activated.',
									'joolweb-sessions-pro'
								),
								{ type: 'snackbar' }
							);
						} )
					}
				>
					{ __( 'Activate', 'joolweb-sessions-pro' ) }
				</Button>
				<Button
					variant="secondary"
					isBusy={ busy === 'verify' }
					disabled={ busy !== null || ! hasLicense }
					accessibleWhenDisabled
					onClick={ () => act( 'verify', () => load( true ) ) }
				>
					{ __( 'Verify', 'joolweb-sessions-pro' ) }
				</Button>
				<Button
					variant="secondary"
					isDestructive
					isBusy={ busy === 'deactivate' }
					disabled={ busy !== null || ! hasLicense }
					accessibleWhenDisabled
					onClick={ () => setConfirming( true ) }
				>
					{ __( 'Deactivate', 'joolweb-sessions-pro' ) }
				</Button>
			</div>
			{ confirming && (
				<Modal
					title={ __(
						'Deactivate the license?',
						'joolweb-sessions-pro'
					) }
					onRequestClose={ () => setConfirming( false ) }
					size="medium"
				>
					<p>
						{ __(
							'CSV import, export and physical measurements stop on this site until a key is activated again. Data already imported or measured is kept.',
							'joolweb-sessions-pro'
						) }
					</p>
					<div className="joolwebsp-tab-actions">
						<Button
							variant="primary"
							isDestructive
							onClick={ () => {
								setConfirming( false );
								act( 'deactivate', async () => {
									await licenseApi.deactivate();
									await load();
									createSuccessNotice(
										__(
											'License deactivated.',
											'joolweb-sessions-pro'
										),
										{ type: 'snackbar' }
									);
								} );
							} }
						>
							{ __( 'Deactivate', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Cancel', 'joolweb-sessions-pro' ) }
						</Button>
					</div>
				</Modal>
			) }
		</div>
	);
}
