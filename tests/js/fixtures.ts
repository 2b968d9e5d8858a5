/**
 * Objects shaped like the REST answers, for jest tests.
 */

/**
 * Internal dependencies
 */
import type { Client } from '../../src/api/types';

/**
 * A client as `GET /clients/{id}` returns it: a managed account, no coach, no login sent.
 *
 * @param id    Client id.
 * @param extra Fields to change.
 */
export function makeClient(
	id: number,
	extra: Partial< Client > = {}
): Client {
	return {
		id,
		user_id: 1000 + id,
		first_name: `First${ id }`,
		last_name: `Last${ id }`,
		email: `c${ id }@example.org`,
		phone: '',
		coach_ids: [],
		created_at: '2026-01-01T00:00:00Z',
		login_sent_at: null,
		account_managed: true,
		account_protected: false,
		...extra,
	};
}
