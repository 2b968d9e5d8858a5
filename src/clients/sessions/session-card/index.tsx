/**
 * A session as a card, with its status and payment status changeable in place.
 */

/**
 * WordPress dependencies
 */
import { Button, SelectControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Session } from '../../../api/types';
import { PAYMENT_STATUSES, SESSION_STATUSES } from '../../../rules';
import type { PaymentStatus, SessionStatus } from '../../../rules';
import {
	optionsOf,
	formatDateTime,
	formatMoney,
	paymentStatusLabel,
	sessionStatusLabel,
} from '../../../utils/format';

export interface SessionCardProps {
	session: Session;
	canEdit: boolean;
	isBusy?: boolean;
	onChange: (
		session: Session,
		change: { status?: SessionStatus; payment_status?: PaymentStatus }
	) => void;
	onEdit?: ( session: Session ) => void;
}

/**
 * Session card.
 *
 * @param props          Props.
 * @param props.session
 * @param props.canEdit
 * @param props.isBusy
 * @param props.onChange
 * @param props.onEdit
 */
export function SessionCard( {
	session,
	canEdit,
	isBusy,
	onChange,
	onEdit,
}: SessionCardProps ) {
	return (
		<li
			className={ `joolwebsp-session-card is-${ session.status } is-payment-${ session.payment_status }` }
		>
			<div className="joolwebsp-session-card__main">
				<strong className="joolwebsp-session-card__title">
					{ session.title }
				</strong>
				<time dateTime={ session.start }>
					{ formatDateTime( session.start ) }
				</time>
				<span className="joolwebsp-session-card__meta">
					{ [
						sprintf(
							/* translators: %d: minutes. */
							__( '%d min', 'joolweb-sessions-pro' ),
							session.duration_minutes
						),
						session.location,
						Number( session.price ) > 0
							? formatMoney( session.price, session.currency )
							: __( 'Free', 'joolweb-sessions-pro' ),
					]
						.filter( Boolean )
						.join( ' · ' ) }
				</span>
			</div>
			<div className="joolwebsp-session-card__badges">
				{ canEdit ? (
					<>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Status', 'joolweb-sessions-pro' ) }
							value={ session.status }
							disabled={ isBusy }
							options={ optionsOf(
								SESSION_STATUSES,
								sessionStatusLabel
							) }
							onChange={ ( value: string ) =>
								onChange( session, {
									status: value as SessionStatus,
								} )
							}
						/>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Payment', 'joolweb-sessions-pro' ) }
							value={ session.payment_status }
							disabled={ isBusy }
							options={ optionsOf(
								PAYMENT_STATUSES,
								paymentStatusLabel
							) }
							onChange={ ( value: string ) =>
								onChange( session, {
									payment_status: value as PaymentStatus,
								} )
							}
						/>
						{ onEdit && (
							<Button
								variant="tertiary"
								onClick={ () => onEdit( session ) }
							>
								{ __( 'Edit', 'joolweb-sessions-pro' ) }
							</Button>
						) }
					</>
				) : (
					<>
						<span className="joolwebsp-badge">
							{ sessionStatusLabel( session.status ) }
						</span>
						<span className="joolwebsp-badge">
							{ paymentStatusLabel( session.payment_status ) }
						</span>
					</>
				) }
			</div>
		</li>
	);
}
