/**
 * Profile → Finances: KPIs, a monthly billed-vs-paid chart (with the same figures as a table for
 * screen readers), amounts by payment status, and the payments with editable status and a filter.
 */

/**
 * WordPress dependencies
 */
import {
	Card,
	CardBody,
	CardHeader,
	SelectControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import type { PaymentStatus } from '../../../api/types';
import { KpiCards } from '../../../components/kpi-cards';
import { Pager } from '../../../components/pager';
import { QueryStatus } from '../../../components/query-status';
import { useRestQuery } from '../../../data/use-rest-query';
import { PAYMENT_STATUSES } from '../../../rules';
import {
	formatMoney,
	optionsOf,
	paymentStatusLabel,
} from '../../../utils/format';
import { useClientModule } from '../../module';
import { SessionCard } from '../../sessions/session-card';
import { useSessionQuickChange } from '../../sessions/use-session-quick-change';

export interface FinancesTabProps {
	clientId: number;
	refreshKey: number;
	onChanged: () => void;
}

/**
 * Finances tab.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.refreshKey
 * @param props.onChanged
 */
export function FinancesTab( {
	clientId,
	refreshKey,
	onChanged,
}: FinancesTabProps ) {
	const module = useClientModule();
	const [ filter, setFilter ] = useState< PaymentStatus | '' >( '' );
	const [ page, setPage ] = useState( 1 );
	const finances = useRestQuery(
		[ 'finances', clientId, page, filter, refreshKey ],
		() => api.insights.finances( clientId, page, filter ),
		{
			errorMessage: __(
				'The finances could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	// A change reloads through the parent's refresh key.
	const { busyId, change } = useSessionQuickChange( onChanged );

	if ( ! finances.data || finances.error ) {
		return <QueryStatus query={ finances }>{ () => null }</QueryStatus>;
	}
	const data = finances.data;
	const money = ( amount: string ) => formatMoney( amount, data.currency );
	const max = Math.max(
		1,
		...data.monthly.map( ( m ) =>
			Math.max( Number( m.billed ), Number( m.paid ) )
		)
	);
	const recent = data.monthly.slice( -12 );

	return (
		<>
			<KpiCards
				kpis={ [
					{
						label: __( 'Total billed', 'joolweb-sessions-pro' ),
						value: money( data.kpis.total_billed ),
					},
					{
						label: __( 'Paid', 'joolweb-sessions-pro' ),
						value: money( data.kpis.paid ),
					},
					{
						label: __( 'Pending', 'joolweb-sessions-pro' ),
						value: money( data.kpis.pending ),
					},
					{
						label: __( 'Refunded', 'joolweb-sessions-pro' ),
						value: money( data.kpis.refunded ),
					},
					{
						label: __(
							'Billable sessions',
							'joolweb-sessions-pro'
						),
						value: String( data.kpis.billable_sessions ),
					},
				] }
			/>
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>
						{ __(
							'Billed and paid by month',
							'joolweb-sessions-pro'
						) }
					</h2>
				</CardHeader>
				<CardBody>
					{ recent.length ? (
						<>
							<div className="joolwebsp-chart" aria-hidden="true">
								{ recent.map( ( month ) => (
									<div
										key={ month.month }
										className="joolwebsp-chart__month"
									>
										<div className="joolwebsp-chart__bars">
											<span
												className="joolwebsp-chart__bar is-billed"
												style={ {
													height: `${ ( Number( month.billed ) / max ) * 100 }%`,
												} }
											/>
											<span
												className="joolwebsp-chart__bar is-paid"
												style={ {
													height: `${ ( Number( month.paid ) / max ) * 100 }%`,
												} }
											/>
										</div>
										<span className="joolwebsp-chart__label">
											{ month.month }
										</span>
									</div>
								) ) }
							</div>
							<p
								className="joolwebsp-chart__legend"
								aria-hidden="true"
							>
								<span className="is-billed">
									{ __( 'Billed', 'joolweb-sessions-pro' ) }
								</span>{ ' ' }
								<span className="is-paid">
									{ __( 'Paid', 'joolweb-sessions-pro' ) }
								</span>
							</p>
							<table className="screen-reader-text">
								<caption>
									{ __(
										'Billed and paid by month',
										'joolweb-sessions-pro'
									) }
								</caption>
								<thead>
									<tr>
										<th scope="col">
											{ __(
												'Month',
												'joolweb-sessions-pro'
											) }
										</th>
										<th scope="col">
											{ __(
												'Billed',
												'joolweb-sessions-pro'
											) }
										</th>
										<th scope="col">
											{ __(
												'Paid',
												'joolweb-sessions-pro'
											) }
										</th>
									</tr>
								</thead>
								<tbody>
									{ recent.map( ( month ) => (
										<tr key={ month.month }>
											<th scope="row">{ month.month }</th>
											<td>{ money( month.billed ) }</td>
											<td>{ money( month.paid ) }</td>
										</tr>
									) ) }
								</tbody>
							</table>
						</>
					) : (
						<p className="joolwebsp-muted">
							{ __(
								'No priced session yet.',
								'joolweb-sessions-pro'
							) }
						</p>
					) }
					<ul className="joolwebsp-by-status">
						{ PAYMENT_STATUSES.map( ( status ) => (
							<li key={ status }>
								{ paymentStatusLabel( status ) }:{ ' ' }
								<strong>
									{ money(
										data.by_payment_status[ status ]
									) }
								</strong>
							</li>
						) ) }
					</ul>
				</CardBody>
			</Card>
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>{ __( 'Payments', 'joolweb-sessions-pro' ) }</h2>
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Show', 'joolweb-sessions-pro' ) }
						value={ filter }
						options={ [
							{
								value: '',
								label: __(
									'All payments',
									'joolweb-sessions-pro'
								),
							},
							...optionsOf(
								PAYMENT_STATUSES,
								paymentStatusLabel
							),
						] }
						onChange={ ( value: string ) => {
							setFilter( value as PaymentStatus | '' );
							setPage( 1 );
						} }
					/>
				</CardHeader>
				<CardBody>
					{ data.payments.items.length ? (
						<ul className="joolwebsp-session-list">
							{ data.payments.items.map( ( session ) => (
								<SessionCard
									key={ session.id }
									session={ session }
									canEdit={ module.can( 'edit_sessions' ) }
									isBusy={ busyId === session.id }
									onChange={ change }
								/>
							) ) }
						</ul>
					) : (
						<p className="joolwebsp-muted">
							{ __(
								'No payment matches.',
								'joolweb-sessions-pro'
							) }
						</p>
					) }
					<Pager
						page={ page }
						totalPages={ data.payments.total_pages }
						onChange={ setPage }
					/>
				</CardBody>
			</Card>
		</>
	);
}
