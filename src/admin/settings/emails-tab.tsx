/**
 * Settings → Emails: sender, and per email type on/off, subject and body, the placeholders it may
 * use, a preview with sample data and a test email to the current user.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	SelectControl,
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import {
	fieldErrors,
	settingsApi,
	type EmailPreview,
	type EmailTemplate,
	type EmailType,
} from '../../api/settings';
import { PlaceholderHelp } from './placeholder-help';
import type { TabProps } from './tab-props';

export interface EmailsTabProps extends TabProps {
	/** Adds server errors (field path → message) to the screen's. */
	addErrors: ( errors: Record< string, string > ) => void;
}

/**
 * Emails tab.
 *
 * @param props           Props.
 * @param props.draft
 * @param props.update
 * @param props.errors
 * @param props.meta
 * @param props.addErrors
 */
export function EmailsTab( {
	draft,
	update,
	errors,
	meta,
	addErrors,
}: EmailsTabProps ) {
	const types = meta.emailTypes;
	const [ type, setType ] = useState< EmailType | undefined >(
		types[ 0 ]?.type
	);
	const [ preview, setPreview ] = useState< EmailPreview | null >( null );
	const [ busy, setBusy ] = useState< 'preview' | 'test' | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const info = types.find( ( t ) => t.type === type );
	const template = type ? draft.emails[ type ] : undefined;

	const setField = ( change: Partial< EmailTemplate > ) => {
		if ( ! type || ! template ) {
			return;
		}
		setPreview( null );
		update( ( d ) => ( {
			...d,
			emails: {
				...d.emails,
				[ type ]: { ...template, ...d.emails[ type ], ...change },
			},
		} ) );
	};

	const run = async ( action: 'preview' | 'test' ) => {
		if ( ! type || ! template ) {
			return;
		}
		setBusy( action );
		const data = {
			type,
			subject: template.subject,
			body: template.body,
		};
		try {
			if ( action === 'preview' ) {
				setPreview( await settingsApi.previewEmail( data ) );
			} else {
				const sent = await settingsApi.testEmail( data );
				createSuccessNotice(
					sprintf(
						/* translators: %s: email address. */
						__( 'Test email sent to %s.', 'joolweb-sessions-pro' ),
						sent.to
					),
					{ type: 'snackbar' }
				);
			}
		} catch ( error ) {
			const found = fieldErrors( error );
			const mapped: Record< string, string > = {};
			for ( const [ field, message ] of Object.entries( found ) ) {
				mapped[ `emails.${ type }.${ field }` ] = message;
			}
			addErrors( mapped );
			createErrorNotice(
				errorMessage(
					error,
					action === 'preview'
						? __(
								'The preview could not be made.',
								'joolweb-sessions-pro'
							)
						: __(
								'The test email could not be sent.',
								'joolweb-sessions-pro'
							)
				),
				{ type: 'snackbar' }
			);
		} finally {
			setBusy( null );
		}
	};

	const error = ( field: string ) =>
		type ? errors[ `emails.${ type }.${ field }` ] : undefined;

	return (
		<div className="joolwebsp-settings-fields">
			<h2>{ __( 'Sender', 'joolweb-sessions-pro' ) }</h2>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Sender name', 'joolweb-sessions-pro' ) }
				className={ errors.sender_name ? 'has-error' : undefined }
				value={ draft.sender_name }
				placeholder={ meta.senderDefaults.name }
				help={
					errors.sender_name ??
					sprintf(
						/* translators: %s: WordPress's default sender name. */
						__(
							'Leave empty for WordPress’s default (%s).',
							'joolweb-sessions-pro'
						),
						meta.senderDefaults.name
					)
				}
				onChange={ ( value: string ) =>
					update( ( d ) => ( { ...d, sender_name: value } ) )
				}
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="email"
				label={ __( 'Sender address', 'joolweb-sessions-pro' ) }
				className={ errors.sender_email ? 'has-error' : undefined }
				value={ draft.sender_email }
				placeholder={ meta.senderDefaults.email }
				help={
					errors.sender_email ??
					sprintf(
						/* translators: %s: WordPress's default sender address. */
						__(
							'Leave empty for WordPress’s default (%s).',
							'joolweb-sessions-pro'
						),
						meta.senderDefaults.email
					)
				}
				onChange={ ( value: string ) =>
					update( ( d ) => ( { ...d, sender_email: value } ) )
				}
			/>

			<h2>{ __( 'Emails', 'joolweb-sessions-pro' ) }</h2>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Email', 'joolweb-sessions-pro' ) }
				value={ type }
				options={ types.map( ( t ) => ( {
					value: t.type,
					label: draft.emails[ t.type ]?.enabled
						? t.label
						: sprintf(
								/* translators: %s: email type. */
								__( '%s (off)', 'joolweb-sessions-pro' ),
								t.label
							),
				} ) ) }
				onChange={ ( value: string ) => {
					setType( value as EmailType );
					setPreview( null );
				} }
			/>
			{ info && template && (
				<div className="joolwebsp-email-editor">
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Send this email',
							'joolweb-sessions-pro'
						) }
						help={
							info.recipient === 'coach'
								? __(
										'Sent to the coach.',
										'joolweb-sessions-pro'
									)
								: __(
										'Sent to the client.',
										'joolweb-sessions-pro'
									)
						}
						checked={ template.enabled }
						onChange={ ( enabled: boolean ) =>
							setField( { enabled } )
						}
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Subject', 'joolweb-sessions-pro' ) }
						className={
							error( 'subject' ) ? 'has-error' : undefined
						}
						help={ error( 'subject' ) }
						value={ template.subject }
						onChange={ ( subject: string ) =>
							setField( { subject } )
						}
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Body', 'joolweb-sessions-pro' ) }
						className={ error( 'body' ) ? 'has-error' : undefined }
						help={
							error( 'body' ) ??
							__(
								'Plain text. A line whose placeholders are all empty is left out.',
								'joolweb-sessions-pro'
							)
						}
						rows={ 10 }
						value={ template.body }
						onChange={ ( body: string ) => setField( { body } ) }
					/>
					<PlaceholderHelp
						id={ `joolwebsp-placeholders-${ info.type }` }
						names={ info.placeholders }
						descriptions={ meta.placeholders }
					/>
					<div className="joolwebsp-tab-actions">
						<Button
							variant="secondary"
							isBusy={ busy === 'preview' }
							disabled={ busy !== null }
							accessibleWhenDisabled
							onClick={ () => run( 'preview' ) }
						>
							{ __( 'Preview', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="secondary"
							isBusy={ busy === 'test' }
							disabled={ busy !== null }
							accessibleWhenDisabled
							onClick={ () => run( 'test' ) }
						>
							{ __( 'Send test email', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="tertiary"
							disabled={
								template.subject === info.defaults.subject &&
								template.body === info.defaults.body
							}
							accessibleWhenDisabled
							onClick={ () =>
								setField( {
									subject: info.defaults.subject,
									body: info.defaults.body,
								} )
							}
						>
							{ __(
								'Restore default text',
								'joolweb-sessions-pro'
							) }
						</Button>
					</div>
					<div aria-live="polite">
						{ preview && (
							<section
								className="joolwebsp-email-preview"
								aria-label={ __(
									'Preview with sample data',
									'joolweb-sessions-pro'
								) }
							>
								<p>
									<strong>
										{ __(
											'Subject:',
											'joolweb-sessions-pro'
										) }
									</strong>{ ' ' }
									<span className="joolwebsp-email-preview__subject">
										{ preview.subject }
									</span>
								</p>
								{ preview.format === 'html' ? (
									<iframe
										title={ __(
											'Email body',
											'joolweb-sessions-pro'
										) }
										sandbox=""
										srcDoc={ preview.body }
									/>
								) : (
									<pre className="joolwebsp-email-preview__body">
										{ preview.body }
									</pre>
								) }
							</section>
						) }
					</div>
					<p className="joolwebsp-muted">
						{ __(
							'Preview and test use the texts above, saved or not, with sample data. The test goes to your own address.',
							'joolweb-sessions-pro'
						) }
					</p>
				</div>
			) }
		</div>
	);
}
