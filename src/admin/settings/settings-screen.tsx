/**
 * Settings: General, Emails, Permissions, Style and License tabs (the tab in the URL). The values
 * come from `GET /settings`; Save posts only the fields that changed, and a 400 shows each message
 * on the field it names.
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
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import {
	fieldErrors,
	getSettingsMeta,
	settingsApi,
	type FullSettings,
	type RemindersStatus,
} from '../../api/settings';
import { Screen } from '../../components/screen';
import { useRestQuery } from '../../data/use-rest-query';
import { UrlTabPanel } from '../../components/url-tab-panel';
import { changedSettings } from './diff';
import { EmailsTab } from './emails-tab';
import { GeneralTab } from './general-tab';
import { LicenseTab } from './license-tab';
import { PermissionsTab } from './permissions-tab';
import { StyleTab } from './style-tab';
import './settings.scss';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The tabs, in order.
 */
function tabs() {
	return [
		{ name: 'general', title: __( 'General', 'joolweb-sessions-pro' ) },
		{ name: 'emails', title: __( 'Emails', 'joolweb-sessions-pro' ) },
		{
			name: 'permissions',
			title: __( 'Permissions', 'joolweb-sessions-pro' ),
		},
		{ name: 'style', title: __( 'Style', 'joolweb-sessions-pro' ) },
		{ name: 'license', title: __( 'License', 'joolweb-sessions-pro' ) },
	];
}

/**
 * Settings screen.
 */
export function SettingsScreen() {
	const meta = useMemo( getSettingsMeta, [] );
	const [ saved, setSaved ] = useState< FullSettings | null >( null );
	const [ draft, setDraft ] = useState< FullSettings | null >( null );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const remindersQuery = useRestQuery(
		[ 'settings-reminders' ],
		settingsApi.reminders
	);
	const reminders: RemindersStatus | null =
		remindersQuery.data ?? meta.reminders;
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const [ isSaving, setIsSaving ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	useEffect( () => {
		settingsApi
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

	const changes = useMemo(
		() => ( saved && draft ? changedSettings( saved, draft ) : {} ),
		[ saved, draft ]
	);
	const isDirty = Object.keys( changes ).length > 0;
	const isValid =
		!! draft &&
		/^[A-Z]{3}$/.test( draft.currency ) &&
		Object.values( draft.colors ).every( ( c ) => HEX.test( c ) );

	// Unsaved changes: ask before leaving the page.
	useEffect( () => {
		if ( ! isDirty ) {
			return undefined;
		}
		const warn = ( event: BeforeUnloadEvent ) => {
			event.preventDefault();
		};
		window.addEventListener( 'beforeunload', warn );
		return () => window.removeEventListener( 'beforeunload', warn );
	}, [ isDirty ] );

	const update = useCallback(
		( change: ( d: FullSettings ) => FullSettings ) =>
			setDraft( ( d ) => ( d ? change( d ) : d ) ),
		[]
	);
	const addErrors = useCallback(
		( found: Record< string, string > ) =>
			setErrors( ( e ) => ( { ...e, ...found } ) ),
		[]
	);

	const save = async () => {
		if ( ! draft || ! isDirty ) {
			return;
		}
		setIsSaving( true );
		try {
			const result = await settingsApi.update( changes );
			setSaved( result );
			setDraft( result );
			setErrors( {} );
			createSuccessNotice(
				__( 'Settings saved.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			if ( 'reminder_hours' in changes ) {
				remindersQuery.reload();
			}
		} catch ( error ) {
			setErrors( fieldErrors( error ) );
			createErrorNotice(
				errorMessage(
					error,
					__(
						'The settings could not be saved.',
						'joolweb-sessions-pro'
					)
				),
				{ type: 'snackbar' }
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
		const props = { draft, update, errors, meta };
		const errorList = Object.entries( errors );
		body = (
			<UrlTabPanel tabs={ tabs() }>
				{ ( name ) =>
					name === 'license' ? (
						<Card className="joolwebsp-card">
							<CardBody>
								<LicenseTab />
							</CardBody>
						</Card>
					) : (
						<Card className="joolwebsp-card joolwebsp-settings-card">
							<CardBody>
								{ errorList.length > 0 && (
									<Notice
										status="error"
										isDismissible={ false }
										className="joolwebsp-settings-errors"
									>
										<p>
											{ __(
												'Nothing was saved. Correct these fields:',
												'joolweb-sessions-pro'
											) }
										</p>
										<ul>
											{ errorList.map(
												( [ field, message ] ) => (
													<li key={ field }>
														<code>{ field }</code>:{ ' ' }
														{ message }
													</li>
												)
											) }
										</ul>
									</Notice>
								) }
								{ name === 'general' && (
									<GeneralTab
										{ ...props }
										reminders={ reminders }
									/>
								) }
								{ name === 'emails' && (
									<EmailsTab
										{ ...props }
										addErrors={ addErrors }
									/>
								) }
								{ name === 'permissions' && (
									<PermissionsTab { ...props } />
								) }
								{ name === 'style' && (
									<StyleTab { ...props } />
								) }
							</CardBody>
							<CardFooter>
								<Button
									variant="primary"
									onClick={ save }
									isBusy={ isSaving }
									disabled={
										isSaving || ! isDirty || ! isValid
									}
									accessibleWhenDisabled
								>
									{ __(
										'Save settings',
										'joolweb-sessions-pro'
									) }
								</Button>
								<span
									className="joolwebsp-muted"
									aria-live="polite"
								>
									{ isDirty
										? __(
												'Unsaved changes',
												'joolweb-sessions-pro'
											)
										: '' }
								</span>
							</CardFooter>
						</Card>
					)
				}
			</UrlTabPanel>
		);
	}

	return (
		<Screen title={ __( 'Settings', 'joolweb-sessions-pro' ) }>
			{ body }
		</Screen>
	);
}
