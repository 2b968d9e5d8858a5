/**
 * External dependencies
 */
import { act, renderHook, waitFor } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { useRestQuery } from '../use-rest-query';

type Deferred< T > = {
	promise: Promise< T >;
	resolve: ( value: T ) => void;
	reject: ( reason: unknown ) => void;
};

function deferred< T >(): Deferred< T > {
	let resolve!: ( value: T ) => void;
	let reject!: ( reason: unknown ) => void;
	const promise = new Promise< T >( ( ok, fail ) => {
		resolve = ok;
		reject = fail;
	} );
	return { promise, resolve, reject };
}

describe( 'useRestQuery', () => {
	it( 'loads, then loads again when the key changes, keeping the old data meanwhile', async () => {
		const calls: number[] = [];
		const { result, rerender } = renderHook(
			( { page }: { page: number } ) =>
				useRestQuery( [ 'list', page ], async () => {
					calls.push( page );
					return `page ${ page }`;
				} ),
			{ initialProps: { page: 1 } }
		);
		expect( result.current.isLoading ).toBe( true );
		expect( result.current.data ).toBeUndefined();
		await waitFor( () => expect( result.current.data ).toBe( 'page 1' ) );

		rerender( { page: 2 } );
		expect( result.current.data ).toBe( 'page 1' );
		await waitFor( () => expect( result.current.data ).toBe( 'page 2' ) );
		rerender( { page: 2 } );
		expect( calls ).toEqual( [ 1, 2 ] );
	} );

	it( 'ignores an answer that arrives after the key changed', async () => {
		const slow = deferred< string >();
		const fast = deferred< string >();
		const { result, rerender } = renderHook(
			( { key }: { key: string } ) =>
				useRestQuery( [ key ], () =>
					key === 'slow' ? slow.promise : fast.promise
				),
			{ initialProps: { key: 'slow' } }
		);
		rerender( { key: 'fast' } );
		await act( async () => fast.resolve( 'fast answer' ) );
		await act( async () => slow.resolve( 'stale answer' ) );
		expect( result.current.data ).toBe( 'fast answer' );
	} );

	it( 'turns a failure into a message: the server one, or the fallback', async () => {
		const { result } = renderHook( () =>
			useRestQuery(
				[ 'boom' ],
				() =>
					Promise.reject( {
						code: 'rest_forbidden',
						message: 'Sorry, you are not allowed.',
					} ),
				{ errorMessage: 'Could not load.' }
			)
		);
		await waitFor( () =>
			expect( result.current.error ).toBe( 'Sorry, you are not allowed.' )
		);
		expect( result.current.isLoading ).toBe( false );

		const network = renderHook( () =>
			useRestQuery( [ 'net' ], () => Promise.reject( new Error( 'x' ) ), {
				errorMessage: 'Could not load.',
			} )
		);
		await waitFor( () =>
			expect( network.result.current.error ).toBe( 'Could not load.' )
		);
	} );

	it( 'reloads on demand and sends nothing while disabled', async () => {
		let n = 0;
		const fetch = jest.fn( async () => ++n );
		const { result, rerender } = renderHook(
			( { enabled }: { enabled: boolean } ) =>
				useRestQuery( [ 'count' ], fetch, { enabled } ),
			{ initialProps: { enabled: false } }
		);
		expect( result.current.isLoading ).toBe( false );
		expect( fetch ).not.toHaveBeenCalled();
		rerender( { enabled: true } );
		await waitFor( () => expect( result.current.data ).toBe( 1 ) );
		act( () => result.current.reload() );
		await waitFor( () => expect( result.current.data ).toBe( 2 ) );
	} );
} );
