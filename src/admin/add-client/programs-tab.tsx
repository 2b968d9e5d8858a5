/**
 * Profile → Programs: the client's bundles with progress, and New bundle.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Bundle } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { can } from '../../settings';
import { formatMoney } from '../../utils/format';

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
	const [ bundles, setBundles ] = useState< Bundle[] | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const allowed = can( 'manage_programs' );

	useEffect( () => {
		if ( ! allowed ) {
			return;
		}
		api.programs
			.bundles( { client_id: clientId } )
			.then( ( page ) => setBundles( page.items ) )
			.catch( ( reason: unknown ) =>
				setError(
					errorMessage(
						reason,
						__(
							'The bundles could not be loaded.',
							'joolweb-sessions-pro'
						)
					)
				)
			);
	}, [ clientId, refreshKey, allowed ] );

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
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! bundles ) {
		return <Spinner />;
	}
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
		</>
	);
}
