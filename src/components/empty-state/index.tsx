/**
 * An empty state: what is (not yet) here, and what to do about it.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

export interface EmptyStateProps {
	title: string;
	children?: ReactNode;
	actions?: ReactNode;
}

/**
 * Empty state panel.
 *
 * @param props          Props.
 * @param props.title
 * @param props.children
 * @param props.actions
 */
export function EmptyState( { title, children, actions }: EmptyStateProps ) {
	return (
		<div className="joolwebsp-empty-state" role="status">
			<h2 className="joolwebsp-empty-state__title">{ title }</h2>
			{ children && (
				<div className="joolwebsp-empty-state__body">{ children }</div>
			) }
			{ actions && (
				<div className="joolwebsp-empty-state__actions">
					{ actions }
				</div>
			) }
		</div>
	);
}
