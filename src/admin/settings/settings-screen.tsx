/**
 * Settings: site-wide options, saved through `joolwebsp/v1/settings`.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardFooter,
	Notice,
	Spinner,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import { Screen } from '../../components/screen';
import type { SiteSettings } from '../../settings';

/**
 * Settings screen.
 */
export function SettingsScreen() {
	const [ saved, setSaved ] = useState< SiteSettings | null >( null );
	const [ draft, setDraft ] = useState< SiteSettings | null >( null );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const [ isSaving, setIsSaving ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	useEffect( () => {
		api.settings
			.get()
			.then( ( settings ) => {
				setSaved( settings );
				setDraft( settings );
			} )
			.catch( ( error: unknown ) =>
				setLoadError(
					errorMessage(
						error,
						__(
							'The settings could not be loaded.',
							'joolweb-sessions-pro'
						)
					)
				)
			);
	}, [] );

	const isDirty =
		!! draft &&
		!! saved &&
		( draft.delete_data_on_uninstall !== saved.delete_data_on_uninstall ||
			draft.currency !== saved.currency );
	const currencyValid =
		! draft || /^[A-Z]{3}$/.test( draft.currency ?? 'EUR' );

	const save = async () => {
		if ( ! draft ) {
			return;
		}
		setIsSaving( true );
		try {
			const result = await api.settings.update( draft );
			setSaved( result );
			setDraft( result );
			createSuccessNotice(
				__( 'Settings saved.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__(
						'The settings could not be saved.',
						'joolweb-sessions-pro'
					)
				),
				{
					type: 'snackbar',
				}
			);
		} finally {
			setIsSaving( false );
		}
	};

	let body;
	if ( loadError ) {
		body = (
			<Notice status="error" isDismissible={ false }>
				{ loadError }
			</Notice>
		);
	} else if ( ! draft ) {
		body = (
			<p aria-live="polite">
				<Spinner />{ ' ' }
				{ __( 'Loading settings…', 'joolweb-sessions-pro' ) }
			</p>
		);
	} else {
		body = (
			<Card className="joolwebsp-card">
				<CardBody>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Delete all data when the plugin is uninstalled',
							'joolweb-sessions-pro'
						) }
						help={
							draft.delete_data_on_uninstall
								? __(
										'Deleting the plugin from the Plugins screen will erase its tables, settings, roles and capabilities. This cannot be undone.',
										'joolweb-sessions-pro'
									)
								: __(
										'Deleting the plugin keeps its data, so reinstalling it finds the practice as it was.',
										'joolweb-sessions-pro'
									)
						}
						checked={ draft.delete_data_on_uninstall }
						onChange={ ( value: boolean ) =>
							setDraft( {
								...draft,
								delete_data_on_uninstall: value,
							} )
						}
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __(
							'Currency (ISO code, e.g. EUR, USD, GBP)',
							'joolweb-sessions-pro'
						) }
						value={ draft.currency ?? 'EUR' }
						maxLength={ 3 }
						help={
							currencyValid
								? undefined
								: __(
										'Use three capital letters.',
										'joolweb-sessions-pro'
									)
						}
						onChange={ ( value: string ) =>
							setDraft( {
								...draft,
								currency: value.toUpperCase(),
							} )
						}
					/>
				</CardBody>
				<CardFooter>
					<Button
						variant="primary"
						onClick={ save }
						isBusy={ isSaving }
						disabled={ isSaving || ! isDirty || ! currencyValid }
						accessibleWhenDisabled
					>
						{ __( 'Save settings', 'joolweb-sessions-pro' ) }
					</Button>
				</CardFooter>
			</Card>
		);
	}

	return (
		<Screen title={ __( 'Settings', 'joolweb-sessions-pro' ) }>
			{ body }
		</Screen>
	);
}
