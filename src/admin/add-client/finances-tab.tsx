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
	Notice,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { ClientFinances, PaymentStatus } from '../../api/types';
import { KpiCards } from '../../components/kpi-cards';
import { Pager } from '../../components/pager';
import { SessionCard } from '../../components/session-card';
import { can } from '../../settings';
import {
	PAYMENT_STATUSES,
	formatMoney,
	paymentStatusLabel,
} from '../../utils/format';
import { useSessionQuickChange } from './overview-tab';

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
	const [ data, setData ] = useState< ClientFinances | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ filter, setFilter ] = useState< PaymentStatus | '' >( '' );
	const [ page, setPage ] = useState( 1 );
	const [ version, setVersion ] = useState( 0 );

	useEffect( () => {
		let live = true;
		api.insights
			.finances( clientId, page, filter )
			.then( ( result ) => live && setData( result ) )
			.catch(
				( reason: unknown ) =>
					live &&
					setError(
						errorMessage(
							reason,
							__(
								'The finances could not be loaded.',
								'joolweb-sessions-pro'
							)
						)
					)
			);
		return () => {
			live = false;
		};
	}, [ clientId, page, filter, version, refreshKey ] );

	const reload = useCallback( () => {
		setVersion( ( v ) => v + 1 );
		onChanged();
	}, [ onChanged ] );
	const { busyId, change } = useSessionQuickChange( reload );

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! data ) {
		return <Spinner />;
	}
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
							...PAYMENT_STATUSES.map( ( value ) => ( {
								value,
								label: paymentStatusLabel( value ),
							} ) ),
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
									canEdit={ can( 'edit_sessions' ) }
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
