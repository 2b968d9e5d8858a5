/**
 * Profile → Programs: the client's bundles with progress, page by page, and New bundle.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import type { Bundle } from '../../../api/types';
import { EmptyState } from '../../../components/empty-state';
import { Pager } from '../../../components/pager';
import { QueryStatus } from '../../../components/query-status';
import { useRestQuery } from '../../../data/use-rest-query';
import { formatMoney } from '../../../utils/format';
import { useClientModule } from '../../module';

export interface ProgramsTabProps {
	clientId: number;
	refreshKey: number;
	onNewBundle: () => void;
}

/**
 * Programs tab.
 *
 * @param props             Props.
 * @param props.clientId
 * @param props.refreshKey
 * @param props.onNewBundle
 */
export function ProgramsTab( {
	clientId,
	refreshKey,
	onNewBundle,
}: ProgramsTabProps ) {
	const module = useClientModule();
	const allowed = module.can( 'manage_programs' );
	const [ page, setPage ] = useState( 1 );
	const query = useRestQuery(
		[ 'client-bundles', clientId, page, refreshKey ],
		() => api.programs.bundles( { client_id: clientId, page } ),
		{
			enabled: allowed,
			errorMessage: __(
				'The bundles could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);

	if ( ! allowed ) {
		return (
			<p>
				{ __(
					'Bundles are managed by users who can manage programs.',
					'joolweb-sessions-pro'
				) }
			</p>
		);
	}
	if ( ! query.data || query.error ) {
		return <QueryStatus query={ query }>{ () => null }</QueryStatus>;
	}
	const bundles = query.data.items;
	const newButton = (
		<Button variant="primary" onClick={ onNewBundle }>
			{ __( 'New bundle', 'joolweb-sessions-pro' ) }
		</Button>
	);
	if ( ! bundles.length ) {
		return (
			<EmptyState
				title={ __( 'No bundle yet', 'joolweb-sessions-pro' ) }
				actions={ newButton }
			>
				<p>
					{ __(
						'A bundle sells several sessions at once and tracks progress.',
						'joolweb-sessions-pro'
					) }
				</p>
			</EmptyState>
		);
	}
	const groups: Array< [ string, Bundle[] ] > = [
		[
			__( 'Active', 'joolweb-sessions-pro' ),
			bundles.filter( ( b ) => b.status !== 'completed' ),
		],
		[
			__( 'Completed', 'joolweb-sessions-pro' ),
			bundles.filter( ( b ) => b.status === 'completed' ),
		],
	];
	return (
		<>
			<div className="joolwebsp-tab-actions">{ newButton }</div>
			{ groups.map( ( [ title, items ] ) =>
				items.length ? (
					<section key={ title } className="joolwebsp-section">
						<h2>{ title }</h2>
						<ul className="joolwebsp-bundles">
							{ items.map( ( bundle ) => (
								<li
									key={ bundle.id }
									className="joolwebsp-bundle"
								>
									<strong>{ bundle.title }</strong>
									<span>{ formatMoney( bundle.price ) }</span>
									<progress
										max={ bundle.sessions_planned }
										value={ bundle.sessions_completed }
										aria-label={ bundle.title }
									/>
									<span>
										{ sprintf(
											/* translators: 1: completed sessions, 2: planned sessions. */
											__(
												'%1$d / %2$d sessions completed',
												'joolweb-sessions-pro'
											),
											bundle.sessions_completed,
											bundle.sessions_planned
										) }
									</span>
								</li>
							) ) }
						</ul>
					</section>
				) : null
			) }
			<Pager
				page={ page }
				totalPages={ query.data.totalPages }
				onChange={ setPage }
			/>
		</>
	);
}
