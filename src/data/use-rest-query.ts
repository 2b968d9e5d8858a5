/**
 * The one way the screens load server data that is not in a `@wordpress/data` store: a typed hook
 * keyed by what the request depends on. It ignores answers that arrive after the key changed or the
 * component unmounted, keeps the previous data while a new key loads, and turns any failure into a
 * message to show.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../api/client';

export interface RestQuery< T > {
	/** The last answer (kept while a new key loads), or undefined before the first one. */
	data: T | undefined;
	/** A message to show when the last request failed. */
	error: string | null;
	/** Whether a request is on its way. */
	isLoading: boolean;
	/** Loads the same key again (after a write). */
	reload: () => void;
}

export interface RestQueryOptions {
	/** False to send nothing (e.g. the user may not read it); default true. */
	enabled?: boolean;
	/** Message when the error says nothing useful. */
	errorMessage?: string;
}

/** A list of values the request depends on; compared by value. */
export type QueryKey = ReadonlyArray<
	string | number | boolean | null | undefined
>;

/**
 * Loads `fetch()` for `key` and again whenever the key changes (or `reload()` is called).
 *
 * @param key     What the request depends on (compared by value).
 * @param fetch   The request; the latest function is used, so it may close over props.
 * @param options Options.
 */
export function useRestQuery< T >(
	key: QueryKey,
	fetch: () => Promise< T >,
	options: RestQueryOptions = {}
): RestQuery< T > {
	const { enabled = true } = options;
	const [ state, setState ] = useState< {
		data: T | undefined;
		error: string | null;
		isLoading: boolean;
	} >( { data: undefined, error: null, isLoading: enabled } );
	const [ version, setVersion ] = useState( 0 );
	const fetchRef = useRef( fetch );
	fetchRef.current = fetch;
	const fallbackRef = useRef( options.errorMessage );
	fallbackRef.current = options.errorMessage;
	const serialized = JSON.stringify( key );

	useEffect( () => {
		if ( ! enabled ) {
			setState( ( previous ) => ( { ...previous, isLoading: false } ) );
			return;
		}
		let live = true;
		setState( ( previous ) => ( { ...previous, isLoading: true } ) );
		fetchRef
			.current()
			.then( ( data ) => {
				if ( live ) {
					setState( { data, error: null, isLoading: false } );
				}
			} )
			.catch( ( reason: unknown ) => {
				if ( live ) {
					setState( ( previous ) => ( {
						...previous,
						isLoading: false,
						error: errorMessage(
							reason,
							fallbackRef.current ??
								__(
									'The data could not be loaded.',
									'joolweb-sessions-pro'
								)
						),
					} ) );
				}
			} );
		return () => {
			live = false;
		};
	}, [ serialized, version, enabled ] );

	const reload = useCallback( () => setVersion( ( v ) => v + 1 ), [] );
	return { ...state, reload };
}
