/**
 * REST types of `joolwebsp/v1`, mirroring the PHP item schemas
 * (includes/Clients/REST/Client_Schema.php, includes/Settings/Settings_Controller.php).
 */

/** A client, as returned by /clients and /me. Dates are ISO 8601 in UTC. */
export interface Client {
	id: number;
	user_id: number;
	first_name: string;
	last_name: string;
	email: string;
	phone: string;
	coach_ids: number[];
	created_at: string;
	login_sent_at: string | null;
}

/** Fields accepted by POST /clients (coach_ids only from users who reach every client). */
export interface ClientCreate {
	first_name: string;
	last_name: string;
	email: string;
	phone?: string;
	coach_ids?: number[];
	send_login?: boolean;
}

/** Fields accepted by PATCH /clients/{id}. */
export type ClientUpdate = Partial< Omit< ClientCreate, 'send_login' > >;

export type ClientOrderBy = 'last_name' | 'first_name' | 'email' | 'created_at';

/** Query of GET /clients. */
export interface ClientQuery {
	search?: string;
	orderby?: ClientOrderBy;
	order?: 'asc' | 'desc';
	page?: number;
	per_page?: number;
	coach?: number;
}

/** One entry of GET /clients/{id}/emails. */
export interface EmailLogEntry {
	id: number;
	type: 'welcome' | 'password_reset' | string;
	recipient: string;
	subject: string;
	success: boolean;
	error: string;
	session_id: number | null;
	sent_at: string;
}

/** A page of a list with the totals from X-WP-Total / X-WP-TotalPages. */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}

/** A user who may be assigned as a coach (GET /coaches). */
export interface Coach {
	id: number;
	name: string;
}
