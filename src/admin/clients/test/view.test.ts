/**
 * Internal dependencies
 */
import {
	DEFAULT_VIEW,
	isNarrowed,
	nextView,
	viewFromUrl,
	viewToExportQuery,
	viewToQuery,
	viewToUrl,
} from '../view';

describe( 'customers view ⇄ URL ⇄ query', () => {
	it( 'defaults to last name ascending, 20 per page', () => {
		const view = viewFromUrl( '?page=joolwebsp-clients' );
		expect( viewToQuery( view ) ).toEqual( {
			search: '',
			orderby: 'last_name',
			order: 'asc',
			page: 1,
			per_page: 20,
		} );
		expect( viewToUrl( view, '?page=joolwebsp-clients' ) ).toBe(
			'?page=joolwebsp-clients'
		);
	} );

	it( 'round-trips search, sort, page, page size and coach through the URL', () => {
		const url =
			'?page=joolwebsp-clients&s=ana+zed&orderby=email&order=desc&paged=3&per_page=50&coach=7';
		const view = viewFromUrl( url );
		expect( view.sort ).toEqual( { field: 'email', direction: 'desc' } );
		expect( view.filters ).toEqual( [
			{ field: 'coaches', operator: 'is', value: 7 },
		] );
		expect( viewToQuery( view ) ).toEqual( {
			search: 'ana zed',
			orderby: 'email',
			order: 'desc',
			page: 3,
			per_page: 50,
			coach: 7,
		} );
		expect(
			viewFromUrl( viewToUrl( view, '?page=joolwebsp-clients' ) )
		).toEqual( view );
	} );

	it( 'ignores invalid URL values', () => {
		const view = viewFromUrl(
			'?orderby=password&order=sideways&paged=-2&per_page=1000&coach=x'
		);
		expect( view ).toEqual( { ...DEFAULT_VIEW } );
	} );

	it( 'maps each sortable field to its REST orderby', () => {
		for ( const [ field, orderby ] of [
			[ 'name', 'last_name' ],
			[ 'first_name', 'first_name' ],
			[ 'created_at', 'created_at' ],
		] ) {
			expect(
				viewToQuery( {
					...DEFAULT_VIEW,
					sort: { field: field!, direction: 'asc' },
				} ).orderby
			).toBe( orderby );
		}
	} );

	it( 'knows when the view is narrowed', () => {
		expect( isNarrowed( DEFAULT_VIEW ) ).toBe( false );
		expect( isNarrowed( { ...DEFAULT_VIEW, search: '  ' } ) ).toBe( false );
		expect( isNarrowed( { ...DEFAULT_VIEW, search: 'ana' } ) ).toBe( true );
		expect(
			isNarrowed( {
				...DEFAULT_VIEW,
				filters: [ { field: 'coaches', operator: 'is', value: 3 } ],
			} )
		).toBe( true );
	} );
} );

describe( 'nextView', () => {
	it( 'returns to page 1 when anything but the page changes', () => {
		const onPage3 = { ...DEFAULT_VIEW, page: 3 };
		expect(
			nextView( onPage3, {
				...onPage3,
				sort: { field: 'name', direction: 'desc' },
			} ).page
		).toBe( 1 );
		expect( nextView( onPage3, { ...onPage3, search: 'ana' } ).page ).toBe(
			1
		);
		expect( nextView( onPage3, { ...onPage3, perPage: 50 } ).page ).toBe(
			1
		);
		expect(
			nextView( onPage3, {
				...onPage3,
				filters: [ { field: 'coaches', operator: 'is', value: 2 } ],
			} ).page
		).toBe( 1 );
		expect( nextView( onPage3, { ...onPage3, page: 4 } ).page ).toBe( 4 );
		expect(
			nextView( onPage3, { ...onPage3, fields: [ 'email' ] } ).page
		).toBe( 3 );
	} );
} );

describe( 'viewToExportQuery', () => {
	it( 'keeps search, coach and sort, drops paging', () => {
		expect(
			viewToExportQuery(
				viewFromUrl(
					'?page=joolwebsp-clients&s=ana&orderby=first_name&order=desc&paged=3&per_page=50&coach=7'
				)
			)
		).toEqual( {
			search: 'ana',
			orderby: 'first_name',
			order: 'desc',
			coach: 7,
		} );
		expect( viewToExportQuery( DEFAULT_VIEW ) ).toEqual( {
			search: '',
			orderby: 'last_name',
			order: 'asc',
		} );
	} );
} );
