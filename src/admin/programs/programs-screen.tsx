/**
 * Programs: Customer bundles, page by page (progress, status, sessions, send confirmations), and Models.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	Modal,
	Notice,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Bundle, Template } from '../../api/types';
import { adminClientModule } from '../../clients/module';
import { EmptyState } from '../../components/empty-state';
import {
	EMPTY_OFFER,
	OFFER_ERROR_MAP,
	OfferFields,
} from '../../components/offer-fields';
import type { OfferField, OfferValues } from '../../components/offer-fields';
import { useForm } from '../../forms/use-form';
import { Pager } from '../../components/pager';
import { QueryStatus } from '../../components/query-status';
import { Screen } from '../../components/screen';
import { UrlTabPanel } from '../../components/url-tab-panel';
import { useRestQuery } from '../../data/use-rest-query';
import { BUNDLE_STATUSES } from '../../rules';
import {
	optionsOf,
	bundleStatusLabel,
	formatDateTime,
	formatMoney,
	paymentStatusLabel,
	sessionStatusLabel,
} from '../../utils/format';

/**
 * Programs screen.
 */
export function ProgramsScreen() {
	return (
		<Screen title={ __( 'Programs', 'joolweb-sessions-pro' ) }>
			<UrlTabPanel
				tabs={ [
					{
						name: 'bundles',
						title: __( 'Customer bundles', 'joolweb-sessions-pro' ),
					},
					{
						name: 'models',
						title: __( 'Models', 'joolweb-sessions-pro' ),
					},
				] }
			>
				{ ( name ) =>
					name === 'models' ? <ModelsTab /> : <BundlesTab />
				}
			</UrlTabPanel>
		</Screen>
	);
}

/**
 * Every bundle, newest first.
 */
function BundlesTab() {
	const [ page, setPage ] = useState( 1 );
	const [ open, setOpen ] = useState< Bundle | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const query = useRestQuery(
		[ 'bundles', page ],
		() => api.programs.bundles( { page } ),
		{
			errorMessage: __(
				'The bundles could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	const { reload } = query;

	if ( ! query.data || query.error ) {
		return <QueryStatus query={ query }>{ () => null }</QueryStatus>;
	}
	const bundles = query.data.items;
	if ( ! bundles.length ) {
		return (
			<EmptyState title={ __( 'No bundle yet', 'joolweb-sessions-pro' ) }>
				<p>
					{ __(
						'Create a bundle from a client profile: Programs → New bundle.',
						'joolweb-sessions-pro'
					) }
				</p>
			</EmptyState>
		);
	}
	const setStatus = async ( bundle: Bundle, status: string ) => {
		try {
			await api.programs.updateBundle( bundle.id, { status } );
			createSuccessNotice(
				__( 'Bundle updated.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			reload();
		} catch ( reason ) {
			createErrorNotice(
				errorMessage(
					reason,
					__(
						'The bundle could not be updated.',
						'joolweb-sessions-pro'
					)
				),
				{ type: 'snackbar' }
			);
		}
	};
	return (
		<>
			<ul className="joolwebsp-bundles">
				{ bundles.map( ( bundle ) => (
					<li key={ bundle.id } className="joolwebsp-bundle">
						<strong>{ bundle.title }</strong>
						<a
							href={ adminClientModule().profileUrl(
								bundle.client_id,
								'programs'
							) }
						>
							{ bundle.client_name }
						</a>
						<progress
							max={ bundle.sessions_planned }
							value={ bundle.sessions_completed }
							aria-label={ `${ bundle.title } — ${ bundle.client_name }` }
						/>
						<span>{ `${ bundle.sessions_completed } / ${ bundle.sessions_planned }` }</span>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Status', 'joolweb-sessions-pro' ) }
							value={ bundle.status }
							options={ optionsOf(
								BUNDLE_STATUSES,
								bundleStatusLabel
							) }
							onChange={ ( value: string ) =>
								setStatus( bundle, value )
							}
						/>
						<Button
							variant="secondary"
							onClick={ () => setOpen( bundle ) }
						>
							{ __( 'Open', 'joolweb-sessions-pro' ) }
						</Button>
					</li>
				) ) }
			</ul>
			<Pager
				page={ page }
				totalPages={ query.data.totalPages }
				onChange={ setPage }
			/>
			{ open && (
				<BundleModal
					bundleId={ open.id }
					onClose={ () => setOpen( null ) }
				/>
			) }
		</>
	);
}

/**
 * One bundle: progress, sessions, send confirmations.
 *
 * @param props          Props.
 * @param props.bundleId Bundle.
 * @param props.onClose  Close.
 */
function BundleModal( {
	bundleId,
	onClose,
}: {
	bundleId: number;
	onClose: () => void;
} ) {
	const bundle =
		useRestQuery( [ 'bundle', bundleId ], () =>
			api.programs.bundle( bundleId )
		).data ?? null;
	const [ isSending, setIsSending ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const send = async () => {
		setIsSending( true );
		try {
			const result = await api.programs.sendConfirmations( bundleId );
			createSuccessNotice(
				sprintf(
					/* translators: %d: number of emails. */
					__( '%d confirmation(s) sent.', 'joolweb-sessions-pro' ),
					result.sent
				),
				{ type: 'snackbar' }
			);
		} catch ( reason ) {
			createErrorNotice(
				errorMessage(
					reason,
					__(
						'The confirmations could not be sent.',
						'joolweb-sessions-pro'
					)
				),
				{ type: 'snackbar' }
			);
		} finally {
			setIsSending( false );
		}
	};
	return (
		<Modal
			title={
				bundle ? bundle.title : __( 'Bundle', 'joolweb-sessions-pro' )
			}
			onRequestClose={ onClose }
			className="joolwebsp-wizard"
		>
			{ ! bundle ? (
				<Spinner />
			) : (
				<>
					<p>
						{ sprintf(
							/* translators: 1: client, 2: completed, 3: planned, 4: price. */
							__(
								'%1$s — %2$d / %3$d sessions completed — %4$s',
								'joolweb-sessions-pro'
							),
							bundle.client_name,
							bundle.sessions_completed,
							bundle.sessions_planned,
							formatMoney( bundle.price )
						) }
					</p>
					<progress
						max={ bundle.sessions_planned }
						value={ bundle.sessions_completed }
						aria-label={ bundle.title }
					/>
					<ol>
						{ ( bundle.sessions ?? [] ).map( ( session ) => (
							<li key={ session.id }>
								{ `${ formatDateTime( session.start ) } — ${ sessionStatusLabel( session.status ) }, ${ paymentStatusLabel( session.payment_status ) }` }
							</li>
						) ) }
					</ol>
					<Button
						variant="primary"
						isBusy={ isSending }
						disabled={ isSending }
						accessibleWhenDisabled
						onClick={ send }
					>
						{ __( 'Send confirmations', 'joolweb-sessions-pro' ) }
					</Button>
				</>
			) }
		</Modal>
	);
}

/**
 * Program models: list, add, delete.
 */
function ModelsTab() {
	const templatesQuery = useRestQuery( [ 'templates' ], () =>
		api.programs.templates()
	);
	const templates = templatesQuery.data ?? null;
	const form = useForm< OfferValues, OfferField >( EMPTY_OFFER, {
		errorMap: OFFER_ERROR_MAP,
		failure: __( 'The model could not be saved.', 'joolweb-sessions-pro' ),
	} );
	const { values: draft, setValues: setDraft } = form;
	const [ confirm, setConfirm ] = useState< Template | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const reload = templatesQuery.reload;

	const [ editing, setEditing ] = useState< number | null >( null );
	const add = () =>
		form.submit( async ( values ) => {
			const data = {
				...values,
				sessions_planned: Number( values.sessions_planned ),
			};
			if ( editing ) {
				await api.programs.updateTemplate( editing, data );
			} else {
				await api.programs.createTemplate( data );
			}
			createSuccessNotice(
				editing
					? __( 'Model saved.', 'joolweb-sessions-pro' )
					: __( 'Model added.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			setDraft( EMPTY_OFFER );
			setEditing( null );
			reload();
		} );
	return (
		<>
			{ templates === null && <Spinner /> }
			{ templates && ! templates.length && (
				<p className="joolwebsp-muted">
					{ __( 'No model yet.', 'joolweb-sessions-pro' ) }
				</p>
			) }
			{ templates && templates.length > 0 && (
				<ul className="joolwebsp-bundles">
					{ templates.map( ( template ) => (
						<li key={ template.id } className="joolwebsp-bundle">
							<strong>{ template.title }</strong>
							<span>
								{ sprintf(
									/* translators: %d: number of sessions. */
									__( '%d sessions', 'joolweb-sessions-pro' ),
									template.sessions_planned
								) }
							</span>
							<span>{ formatMoney( template.price ) }</span>
							<Button
								variant="tertiary"
								onClick={ () => {
									setEditing( template.id );
									setDraft( {
										title: template.title,
										sessions_planned: String(
											template.sessions_planned
										),
										price: template.price,
										location: template.location,
										video_url: template.video_url,
									} );
								} }
							>
								{ __( 'Edit', 'joolweb-sessions-pro' ) }
							</Button>
							<Button
								variant="tertiary"
								isDestructive
								onClick={ () => setConfirm( template ) }
							>
								{ __( 'Delete', 'joolweb-sessions-pro' ) }
							</Button>
						</li>
					) ) }
				</ul>
			) }
			<Card className="joolwebsp-card joolwebsp-section">
				<CardBody>
					<h2>
						{ editing
							? __( 'Edit the model', 'joolweb-sessions-pro' )
							: __( 'Add a model', 'joolweb-sessions-pro' ) }
					</h2>
					{ form.message && (
						<Notice status="error" isDismissible={ false }>
							{ form.message }
						</Notice>
					) }
					<form
						ref={ form.formRef }
						className="joolwebsp-client-form"
						noValidate
						onSubmit={ ( event ) => {
							event.preventDefault();
							add();
						} }
					>
						<OfferFields
							values={ draft }
							onChange={ setDraft }
							errors={ form.errors }
						/>
						<div className="joolwebsp-client-form__buttons">
							<Button
								variant="primary"
								type="submit"
								isBusy={ form.isBusy }
							>
								{ editing
									? __( 'Save model', 'joolweb-sessions-pro' )
									: __(
											'Add model',
											'joolweb-sessions-pro'
										) }
							</Button>
							{ editing && (
								<Button
									variant="tertiary"
									onClick={ () => {
										setEditing( null );
										setDraft( EMPTY_OFFER );
									} }
								>
									{ __( 'Cancel', 'joolweb-sessions-pro' ) }
								</Button>
							) }
						</div>
					</form>
				</CardBody>
			</Card>
			{ confirm && (
				<Modal
					title={ __( 'Delete model', 'joolweb-sessions-pro' ) }
					onRequestClose={ () => setConfirm( null ) }
				>
					<div className="joolwebsp-confirm">
						<p>
							{ sprintf(
								/* translators: %s: model title. */
								__(
									'Delete the model "%s"? Bundles made from it keep their sessions.',
									'joolweb-sessions-pro'
								),
								confirm.title
							) }
						</p>
						<div className="joolwebsp-confirm__buttons">
							<Button
								variant="tertiary"
								onClick={ () => setConfirm( null ) }
							>
								{ __( 'Cancel', 'joolweb-sessions-pro' ) }
							</Button>
							<Button
								variant="primary"
								isDestructive
								onClick={ async () => {
									await api.programs
										.deleteTemplate( confirm.id )
										.catch( () => undefined );
									setConfirm( null );
									reload();
								} }
							>
								{ __( 'Delete', 'joolweb-sessions-pro' ) }
							</Button>
						</div>
					</div>
				</Modal>
			) }
		</>
	);
}
