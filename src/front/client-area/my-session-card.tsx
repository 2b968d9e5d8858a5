/**
 * One of the client's sessions as a card; booked upcoming sessions have a Cancel button. The server
 * judges the cancellation window: its message is shown as it comes.
 */

/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import {
	formatDateTime,
	formatMoney,
	paymentStatusLabel,
	sessionStatusLabel,
} from '../../utils/format';
import { meApi, type MySession } from '../api';
import { formatMinutes } from '../shared/duration';
import { FrontNotice } from '../shared/notice';

export interface MySessionCardProps {
	session: MySession;
	/** Show the Cancel button (upcoming list). */
	cancellable?: boolean;
	onCancelled?: ( session: MySession ) => void;
}

/**
 * Session card of the client area.
 *
 * @param props             Props.
 * @param props.session     Session.
 * @param props.cancellable Whether the Cancel button is offered.
 * @param props.onCancelled Called with the cancelled session.
 */
export function MySessionCard( {
	session,
	cancellable = false,
	onCancelled,
}: MySessionCardProps ) {
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState( '' );

	const cancel = async () => {
		setBusy( true );
		setError( '' );
		try {
			const cancelled = await meApi.cancel( session.id );
			setConfirming( false );
			onCancelled?.( cancelled );
		} catch ( failure ) {
			setConfirming( false );
			setError(
				errorMessage(
					failure,
					__(
						'The session could not be cancelled.',
						'joolweb-sessions-pro'
					)
				)
			);
		} finally {
			setBusy( false );
		}
	};

	const priced = Number( session.price ) > 0;
	return (
		<li className={ `joolwebsp-front__card is-${ session.status }` }>
			<h3 className="joolwebsp-front__card-title">{ session.title }</h3>
			<p className="joolwebsp-front__card-when">
				<time dateTime={ session.start }>
					{ formatDateTime( session.start ) }
				</time>
				{ ' · ' }
				{ formatMinutes( session.duration_minutes ) }
			</p>
			<dl className="joolwebsp-front__facts">
				{ session.location && (
					<div>
						<dt>{ __( 'Location', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ session.location }</dd>
					</div>
				) }
				{ session.coach_name && (
					<div>
						<dt>{ __( 'Coach', 'joolweb-sessions-pro' ) }</dt>
						<dd>{ session.coach_name }</dd>
					</div>
				) }
				<div>
					<dt>{ __( 'Status', 'joolweb-sessions-pro' ) }</dt>
					<dd>{ sessionStatusLabel( session.status ) }</dd>
				</div>
				{ priced && (
					<div>
						<dt>{ __( 'Price', 'joolweb-sessions-pro' ) }</dt>
						<dd>
							{ formatMoney( session.price, session.currency ) }
							{ ' · ' }
							{ paymentStatusLabel( session.payment_status ) }
						</dd>
					</div>
				) }
			</dl>
			{ session.video_url && session.status === 'booked' && (
				<p>
					<a
						className="joolwebsp-front__link"
						href={ session.video_url }
						target="_blank"
						rel="noreferrer noopener"
					>
						{ __( 'Join the video call', 'joolweb-sessions-pro' ) }
					</a>
				</p>
			) }
			{ cancellable && session.status === 'booked' && (
				<div className="joolwebsp-front__card-actions">
					{ session.cancel_deadline && (
						<p className="joolwebsp-front__hint">
							{ sprintf(
								/* translators: %s: date and time. */
								__(
									'You can cancel online until %s.',
									'joolweb-sessions-pro'
								),
								formatDateTime( session.cancel_deadline )
							) }
						</p>
					) }
					<Button
						variant="secondary"
						isDestructive
						onClick={ () => setConfirming( true ) }
						disabled={ busy }
						accessibleWhenDisabled
						aria-label={ sprintf(
							/* translators: 1: session title, 2: date and time. */
							__( 'Cancel %1$s on %2$s', 'joolweb-sessions-pro' ),
							session.title,
							formatDateTime( session.start )
						) }
					>
						{ __( 'Cancel', 'joolweb-sessions-pro' ) }
					</Button>
				</div>
			) }
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			{ confirming && (
				<Modal
					title={ __(
						'Cancel this session?',
						'joolweb-sessions-pro'
					) }
					onRequestClose={ () => setConfirming( false ) }
					className="joolwebsp-front__modal"
				>
					<p>
						{ sprintf(
							/* translators: 1: session title, 2: date and time. */
							__(
								'%1$s on %2$s will be cancelled and your coach told.',
								'joolweb-sessions-pro'
							),
							session.title,
							formatDateTime( session.start )
						) }
					</p>
					<div className="joolwebsp-front__modal-actions">
						<Button
							variant="tertiary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Keep it', 'joolweb-sessions-pro' ) }
						</Button>
						<Button
							variant="primary"
							isDestructive
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
							onClick={ cancel }
						>
							{ __(
								'Cancel the session',
								'joolweb-sessions-pro'
							) }
						</Button>
					</div>
				</Modal>
			) }
		</li>
	);
}
