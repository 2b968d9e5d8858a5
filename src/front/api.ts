/**
 * The client area's REST calls: `/me`, `/me/sessions`, `/me/sessions/{id}/cancel`, `/me/summary`.
 * Types mirror includes/Sessions/REST/My_Sessions_Controller.php and Clients/REST/Me_Controller.php.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { NAMESPACE, cleanQuery } from '../api/client';
import type { Client, Page, Session } from '../api/types';

/** A session as its client sees it: no coach notes; the coach's name and the cancellation deadline. */
export type MySession = Omit< Session, 'notes' | 'email' > & {
	coach_name: string;
	can_cancel: boolean;
	cancel_deadline: string | null;
};

export interface MySummary {
	sessions_total: number;
	sessions_completed: number;
	sessions_upcoming: number;
	minutes_completed: number;
	total_spent: string;
	pending: string;
	currency: string;
	next_session: MySession | null;
	cancellation_window_hours: number;
}

export type Me = Client & { pending_email: string | null };

export interface MySessionQuery {
	timeline?: 'upcoming' | 'past';
	payment_status?: 'pending' | 'paid' | 'refunded' | 'cancelled';
	page?: number;
	per_page?: number;
}

export const meApi = {
	get: (): Promise< Me > => apiFetch< Me >( { path: `${ NAMESPACE }/me` } ),
	update: (
		data: Partial< Pick< Me, 'first_name' | 'last_name' | 'phone' > >
	): Promise< Me > =>
		apiFetch< Me >( { path: `${ NAMESPACE }/me`, method: 'PATCH', data } ),
	summary: (): Promise< MySummary > =>
		apiFetch< MySummary >( { path: `${ NAMESPACE }/me/summary` } ),
	sessions: async (
		query: MySessionQuery = {}
	): Promise< Page< MySession > > => {
		const response = await apiFetch< Response >( {
			path: addQueryArgs(
				`${ NAMESPACE }/me/sessions`,
				cleanQuery( query )
			),
			parse: false,
		} );
		const items = ( await response.json() ) as MySession[];
		return {
			items,
			total: Number(
				response.headers.get( 'X-WP-Total' ) ?? items.length
			),
			totalPages: Number(
				response.headers.get( 'X-WP-TotalPages' ) ?? 1
			),
		};
	},
	cancel: ( id: number ): Promise< MySession > =>
		apiFetch< MySession >( {
			path: `${ NAMESPACE }/me/sessions/${ id }/cancel`,
			method: 'POST',
		} ),
};
