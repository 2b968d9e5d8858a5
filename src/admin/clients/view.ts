/**
 * The Customers view ⇄ URL ⇄ REST query, as pure functions: the URL keeps search, sort, page,
 * page size and coach filter, so reload and Back restore the view.
 */

/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { ClientExportQuery } from '../../api/exports';
import type { ClientOrderBy, ClientQuery } from '../../api/types';

/** DataViews field id → REST `orderby`. */
export const SORTABLE: Record< string, ClientOrderBy > = {
	name: 'last_name',
	first_name: 'first_name',
	email: 'email',
	created_at: 'created_at',
};

export const PER_PAGE_CHOICES = [ 10, 20, 50, 100 ];

export const DEFAULT_FIELDS = [
	'email',
	'phone',
	'next_session',
	'coaches',
	'created_at',
];

export const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	filters: [],
	titleField: 'name',
	fields: DEFAULT_FIELDS,
	layout: {},
};

const positiveInt = ( value: string | null, fallback: number ): number => {
	const n = Number( value );
	return Number.isInteger( n ) && n > 0 ? n : fallback;
};

/**
 * The view described by a URL query string (unknown or invalid values fall back to defaults).
 *
 * @param search `location.search`.
 */
export function viewFromUrl( search: string ): View {
	const params = new URLSearchParams( search );
	const orderby = params.get( 'orderby' ) ?? '';
	const field =
		Object.keys( SORTABLE ).find(
			( key ) => SORTABLE[ key ] === orderby
		) ?? 'name';
	const perPage = positiveInt( params.get( 'per_page' ), 20 );
	const coach = positiveInt( params.get( 'coach' ), 0 );
	return {
		...DEFAULT_VIEW,
		search: params.get( 's' ) ?? '',
		page: positiveInt( params.get( 'paged' ), 1 ),
		perPage: PER_PAGE_CHOICES.includes( perPage ) ? perPage : 20,
		sort: {
			field,
			direction: params.get( 'order' ) === 'desc' ? 'desc' : 'asc',
		},
		filters: coach
			? [ { field: 'coaches', operator: 'is', value: coach } ]
			: [],
	};
}

/**
 * The URL query string of a view, keeping unrelated parameters (page=…) and omitting defaults.
 *
 * @param view    View.
 * @param current Current `location.search`.
 */
export function viewToUrl( view: View, current: string ): string {
	const params = new URLSearchParams( current );
	const set = (
		key: string,
		value: string | number | undefined,
		fallback: string | number
	) => {
		if ( value === undefined || value === '' || value === fallback ) {
			params.delete( key );
		} else {
			params.set( key, String( value ) );
		}
	};
	const query = viewToQuery( view );
	set( 's', query.search, '' );
	set( 'orderby', query.orderby, 'last_name' );
	set( 'order', query.order, 'asc' );
	set( 'paged', query.page, 1 );
	set( 'per_page', query.per_page, 20 );
	set( 'coach', query.coach, 0 );
	return `?${ params.toString() }`;
}

/**
 * The REST query of a view.
 *
 * @param view View.
 */
export function viewToQuery( view: View ): ClientQuery {
	const coachFilter = ( view.filters ?? [] ).find(
		( filter ) => filter.field === 'coaches' && filter.value
	);
	const query: ClientQuery = {
		search: ( view.search ?? '' ).trim(),
		orderby: SORTABLE[ view.sort?.field ?? 'name' ] ?? 'last_name',
		order: view.sort?.direction === 'desc' ? 'desc' : 'asc',
		page: view.page ?? 1,
		per_page: view.perPage ?? 20,
	};
	if ( coachFilter ) {
		query.coach = Number( coachFilter.value );
	}
	return query;
}

/**
 * The export query of a view: the same search, coach filter and sort, without paging (the file
 * holds every match).
 *
 * @param view View.
 */
export function viewToExportQuery( view: View ): ClientExportQuery {
	const { search, orderby, order, coach } = viewToQuery( view );
	return coach
		? { search, orderby, order, coach }
		: { search, orderby, order };
}

/**
 * Whether the view narrows the list (then an empty result is "no match", not "no clients yet").
 *
 * @param view View.
 */
export function isNarrowed( view: View ): boolean {
	return (
		!! view.search?.trim() ||
		( view.filters ?? [] ).some( ( filter ) => filter.value )
	);
}

/**
 * The next view: back to page 1 when the search, sort, filters or page size change (page 4 of
 * another order or another search means nothing).
 *
 * @param previous Current view.
 * @param next     View asked for.
 */
export function nextView( previous: View, next: View ): View {
	const changed =
		( previous.search ?? '' ) !== ( next.search ?? '' ) ||
		previous.perPage !== next.perPage ||
		JSON.stringify( previous.sort ) !== JSON.stringify( next.sort ) ||
		JSON.stringify( previous.filters ?? [] ) !==
			JSON.stringify( next.filters ?? [] );
	return changed && ( next.page ?? 1 ) !== 1 ? { ...next, page: 1 } : next;
}
