/**
 * My clients: the clients the coach reaches as cards, searched and paged on the server
 * (`GET /clients`, scoped by Client_Access). Each card opens the front profile.
 */

/**
 * WordPress dependencies
 */
import { SearchControl, Spinner } from '@wordpress/components';
import { useDebounce } from '@wordpress/compose';
import { useCallback, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../api/client';
import { Pager } from '../../components/pager';
import { useRestQuery } from '../../data/use-rest-query';
import { customerUrl } from '../settings';
import { FrontNotice } from '../shared/notice';

const PER_PAGE = 10;

/**
 * The list.
 */
export function ClientList() {
	const [ search, setSearch ] = useState( '' );
	const [ query, setQuery ] = useState( '' );
	const [ page, setPage ] = useState( 1 );
	// Stable, or every render would cancel the pending search (useDebounce's contract).
	const applySearch = useCallback( ( value: string ) => {
		setQuery( value );
		setPage( 1 );
	}, [] );
	const debounced = useDebounce( applySearch, 300 );
	const { data, error } = useRestQuery(
		[ 'front-clients', query, page ],
		() =>
			api.clients.list( {
				search: query,
				orderby: 'last_name',
				order: 'asc',
				page,
				per_page: PER_PAGE,
			} ),
		{
			errorMessage: __(
				'The clients could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);

	return (
		<section className="joolwebsp-front__section">
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Search clients', 'joolweb-sessions-pro' ) }
				placeholder={ __(
					'Name, email or phone',
					'joolweb-sessions-pro'
				) }
				value={ search }
				onChange={ ( value: string ) => {
					setSearch( value );
					debounced( value );
				} }
			/>
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			{ ! data && ! error && <Spinner /> }
			{ data && (
				<p className="joolwebsp-front__hint" role="status">
					{ sprintf(
						/* translators: %d: number of clients. */
						_n(
							'%d client',
							'%d clients',
							data.total,
							'joolweb-sessions-pro'
						),
						data.total
					) }
				</p>
			) }
			{ data && data.items.length === 0 && (
				<p>
					{ query
						? __(
								'No client matches this search.',
								'joolweb-sessions-pro'
							)
						: __( 'No client yet.', 'joolweb-sessions-pro' ) }
				</p>
			) }
			{ data && data.items.length > 0 && (
				<ul className="joolwebsp-front__cards joolwebsp-front__clients">
					{ data.items.map( ( client ) => (
						<li key={ client.id } className="joolwebsp-front__card">
							<h3 className="joolwebsp-front__card-title">
								<a
									className="joolwebsp-front__link"
									href={ customerUrl( client.id ) }
								>
									{ `${ client.first_name } ${ client.last_name }` }
								</a>
							</h3>
							<p className="joolwebsp-front__hint">
								{ client.email }
							</p>
							{ client.phone && (
								<a
									className="joolwebsp-front__link"
									href={ `tel:${ client.phone.replace(
										/[^\d+]/g,
										''
									) }` }
								>
									{ client.phone }
								</a>
							) }
						</li>
					) ) }
				</ul>
			) }
			{ data && (
				<Pager
					page={ page }
					totalPages={ data.totalPages }
					onChange={ setPage }
				/>
			) }
		</section>
	);
}
