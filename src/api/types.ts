/**
 * REST types of `joolwebsp/v1`, mirroring the PHP item schemas
 * (includes/Clients/REST/Client_Schema.php, includes/Settings/Settings_Controller.php).
 */

/**
 * Internal dependencies
 */
import type {
	BundleStatus,
	EmailType,
	PaymentStatus,
	SessionStatus,
} from '../rules';

export type { BundleStatus, PaymentStatus, SessionStatus };

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
	/** The WordPress account is just a client account, which the plugin manages. */
	account_managed: boolean;
	/** The current user may not change the account's email or names, mail it, or delete it. */
	account_protected: boolean;
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
	type: EmailType | string;
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

/** A session (includes/Sessions/REST/Session_Schema.php). Money as strings with two decimals. */
export interface Session {
	id: number;
	client_id: number;
	client_name: string;
	coach_id: number;
	bundle_id: number | null;
	title: string;
	start: string;
	duration_minutes: number;
	location: string;
	video_url: string;
	price: string;
	currency: string;
	status: SessionStatus;
	payment_status: PaymentStatus;
	notes: string;
	created_at: string;
	/** Present after a write with `notify` or a cancellation. */
	email?: { sent: boolean; error?: string };
}

/** Fields accepted by POST/PATCH /sessions. `start` without offset is read in the site timezone. */
export interface SessionWrite {
	client_id?: number;
	coach_id?: number;
	title?: string;
	start?: string;
	duration_minutes?: number;
	location?: string;
	video_url?: string;
	price?: string;
	status?: SessionStatus;
	payment_status?: PaymentStatus;
	notes?: string;
	notify?: boolean;
}

export interface SessionQuery {
	client_id?: number;
	coach_id?: number;
	status?: SessionStatus;
	payment_status?: PaymentStatus;
	after?: string;
	before?: string;
	order?: 'asc' | 'desc';
	page?: number;
	per_page?: number;
}

export interface SessionList {
	items: Session[];
	total: number;
	total_pages: number;
	page: number;
}

/** GET /clients/{id}/overview. */
export interface ClientOverview {
	kpis: {
		sessions_total: number;
		sessions_completed: number;
		sessions_upcoming: number;
		next_session: string | null;
		amount_pending: string;
		amount_paid: string;
	};
	currency: string;
	upcoming: SessionList;
	past: SessionList;
}

/** GET /clients/{id}/finances. */
export interface ClientFinances {
	kpis: {
		total_billed: string;
		paid: string;
		pending: string;
		refunded: string;
		billable_sessions: number;
	};
	currency: string;
	by_payment_status: Record< PaymentStatus, string >;
	monthly: Array< { month: string; billed: string; paid: string } >;
	payments: SessionList;
}

export interface ClientNotes {
	notes: string;
	updated_at: string | null;
}

export interface Bundle {
	id: number;
	client_id: number;
	client_name: string;
	coach_id: number;
	template_id: number | null;
	title: string;
	sessions_planned: number;
	sessions_completed: number;
	progress: number;
	price: string;
	location: string;
	video_url: string;
	status: BundleStatus;
	created_at: string;
	sessions?: Session[];
}

export interface Template {
	id: number;
	title: string;
	sessions_planned: number;
	price: string;
	location: string;
	video_url: string;
}

export interface SchedulePattern {
	first_date: string;
	weekdays: number[];
	time: string;
	count: number;
}

export interface BundleCreate {
	client_id: number;
	coach_id?: number;
	template_id?: number;
	title: string;
	sessions_planned: number;
	price: string;
	location?: string;
	video_url?: string;
	schedule?: { starts: string[] } | { pattern: SchedulePattern };
}

/** A dated physical measurement (GET /clients/{id}/measurements). Values are null when not taken. */
export interface Measurement {
	id: number;
	client_id: number;
	/** YYYY-MM-DD, site time. */
	date: string;
	weight_kg: number | null;
	body_fat_pct: number | null;
	waist_cm: number | null;
	hips_cm: number | null;
	chest_cm: number | null;
	arm_cm: number | null;
	thigh_cm: number | null;
	notes: string;
	created_at: string;
	updated_at: string;
}

/** Fields accepted by POST /clients/{id}/measurements and PATCH /measurements/{id}. */
export type MeasurementWrite = Partial<
	Omit< Measurement, 'id' | 'client_id' | 'created_at' | 'updated_at' >
>;
