/**
 * Dashboard alerts: past sessions still booked, completed sessions with a pending payment (with
 * the amount due), clients who never received their login details.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Dashboard } from '../../api/settings';
import { screenUrl } from '../../settings';
import { formatDateTime, formatMoney } from '../../utils/format';

/**
 * "12" or "1,000+" for a count that stops at a cap.
 *
 * @param total  Count.
 * @param capped Whether counting stopped.
 */
function count( total: number, capped: boolean ): string {
	return capped ? `${ total.toLocaleString() }+` : total.toLocaleString();
}

export interface DashboardAlertsProps {
	alerts: Dashboard[ 'alerts' ];
	currency: string;
}

/**
 * Alerts list; says so when nothing needs attention.
 *
 * @param props          Props.
 * @param props.alerts
 * @param props.currency
 */
export function DashboardAlerts( { alerts, currency }: DashboardAlertsProps ) {
	const past = alerts.past_booked;
	const pending = alerts.pending_payments;
	const noLogin = alerts.clients_without_login;
	const shown = [
		past && past.total > 0,
		pending && pending.total > 0,
		noLogin && noLogin.total > 0,
	].filter( Boolean ).length;
	if ( ! shown ) {
		return (
			<p className="joolwebsp-muted">
				{ __(
					'Nothing needs your attention.',
					'joolweb-sessions-pro'
				) }
			</p>
		);
	}
	return (
		<ul className="joolwebsp-alerts">
			{ past && past.total > 0 && (
				<li className="joolwebsp-alert is-past-booked">
					<Notice status="warning" isDismissible={ false }>
						<p>
							<strong>
								{ sprintf(
									/* translators: %s: number of sessions. */
									_n(
										'%s past session is still booked.',
										'%s past sessions are still booked.',
										past.total,
										'joolweb-sessions-pro'
									),
									count( past.total, past.capped )
								) }
							</strong>{ ' ' }
							{ __(
								'Mark them completed or cancelled.',
								'joolweb-sessions-pro'
							) }
						</p>
						<ul>
							{ past.items.map( ( session ) => (
								<li key={ session.id }>
									<a
										href={ screenUrl( 'add-client', {
											client_id: session.client_id,
										} ) }
									>
										{ session.client_name }
									</a>
									{ ` — ${ formatDateTime( session.start ) }` }
								</li>
							) ) }
						</ul>
					</Notice>
				</li>
			) }
			{ pending && pending.total > 0 && (
				<li className="joolwebsp-alert is-pending-payments">
					<Notice status="warning" isDismissible={ false }>
						<p>
							<strong>
								{ sprintf(
									/* translators: 1: number of sessions, 2: amount due. */
									_n(
										'%1$s completed session waits for payment: %2$s in total.',
										'%1$s completed sessions wait for payment: %2$s in total.',
										pending.total,
										'joolweb-sessions-pro'
									),
									pending.total.toLocaleString(),
									formatMoney( pending.amount, currency )
								) }
							</strong>
						</p>
						<ul>
							{ pending.items.map( ( session ) => (
								<li key={ session.id }>
									<a
										href={ screenUrl( 'add-client', {
											client_id: session.client_id,
											tab: 'finances',
										} ) }
									>
										{ session.client_name }
									</a>
									{ ` — ${ formatDateTime(
										session.start
									) } — ${ formatMoney(
										session.price,
										session.currency
									) }` }
								</li>
							) ) }
						</ul>
					</Notice>
				</li>
			) }
			{ noLogin && noLogin.total > 0 && (
				<li className="joolwebsp-alert is-no-login">
					<Notice status="info" isDismissible={ false }>
						<p>
							<strong>
								{ sprintf(
									/* translators: %s: number of clients. */
									_n(
										'%s client never received their login details.',
										'%s clients never received their login details.',
										noLogin.total,
										'joolweb-sessions-pro'
									),
									count( noLogin.total, noLogin.capped )
								) }
							</strong>{ ' ' }
							{ __(
								'Open a profile to send them.',
								'joolweb-sessions-pro'
							) }
						</p>
						<ul>
							{ noLogin.items.map( ( client ) => (
								<li key={ client.id }>
									<a
										href={ screenUrl( 'add-client', {
											client_id: client.id,
										} ) }
									>
										{ client.name }
									</a>
									{ ` — ${ client.email }` }
								</li>
							) ) }
						</ul>
					</Notice>
				</li>
			) }
		</ul>
	);
}
