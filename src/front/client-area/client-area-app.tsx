/**
 * The Client area: Statistics, My sessions (upcoming and past, with Cancel), Pending payments,
 * My profile. Everything is read through REST with the nonce; nothing is embedded in the page.
 */

/**
 * WordPress dependencies
 */
import { Spinner, TabPanel } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import { formatMoney } from '../../utils/format';
import { meApi, type MySummary } from '../api';
import { getFrontSettings } from '../settings';
import { FrontNotice } from '../shared/notice';
import { Profile } from './profile';
import { SessionList } from './session-list';
import { Statistics } from './statistics';

/**
 * Client area.
 */
export function ClientAreaApp() {
	const [ summary, setSummary ] = useState< MySummary | null >( null );
	const [ error, setError ] = useState( '' );
	const [ version, setVersion ] = useState( 0 );
	const [ name, setName ] = useState( '' );

	useEffect( () => {
		meApi
			.summary()
			.then( setSummary )
			.catch( ( failure ) =>
				setError(
					errorMessage(
						failure,
						__(
							'Your client area could not be loaded.',
							'joolweb-sessions-pro'
						)
					)
				)
			);
	}, [ version ] );
	useEffect( () => {
		meApi
			.get()
			.then( ( me ) => setName( me.first_name ) )
			.catch( () => undefined );
	}, [] );

	const changed = useCallback( () => setVersion( ( v ) => v + 1 ), [] );
	const logout = getFrontSettings().logoutUrl;

	const tabs = [
		{ name: 'overview', title: __( 'Statistics', 'joolweb-sessions-pro' ) },
		{
			name: 'sessions',
			title: __( 'My sessions', 'joolweb-sessions-pro' ),
		},
		{
			name: 'payments',
			title: __( 'Pending payments', 'joolweb-sessions-pro' ),
		},
		{ name: 'profile', title: __( 'My profile', 'joolweb-sessions-pro' ) },
	];

	return (
		<div className="joolwebsp-front__app">
			<div className="joolwebsp-front__header">
				<p className="joolwebsp-front__hello">
					{ name
						? sprintf(
								/* translators: %s: first name. */
								__( 'Hello %s!', 'joolweb-sessions-pro' ),
								name
							)
						: __( 'Hello!', 'joolweb-sessions-pro' ) }
				</p>
				{ logout && (
					<a className="joolwebsp-front__link" href={ logout }>
						{ __( 'Log out', 'joolweb-sessions-pro' ) }
					</a>
				) }
			</div>
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			<TabPanel className="joolwebsp-front__tabs" tabs={ tabs }>
				{ ( tab ) => {
					if ( tab.name === 'profile' ) {
						return (
							<Profile
								onSaved={ ( me ) => setName( me.first_name ) }
							/>
						);
					}
					if ( tab.name === 'sessions' ) {
						return (
							<>
								<SessionList
									title={ __(
										'Upcoming',
										'joolweb-sessions-pro'
									) }
									query={ { timeline: 'upcoming' } }
									empty={ __(
										'No upcoming session.',
										'joolweb-sessions-pro'
									) }
									cancellable
									version={ version }
									onChanged={ changed }
								/>
								<SessionList
									title={ __(
										'Past',
										'joolweb-sessions-pro'
									) }
									query={ { timeline: 'past' } }
									empty={ __(
										'No past session yet.',
										'joolweb-sessions-pro'
									) }
									version={ version }
								/>
							</>
						);
					}
					if ( tab.name === 'payments' ) {
						return (
							<>
								{ summary && (
									<p className="joolwebsp-front__total">
										{ sprintf(
											/* translators: %s: amount. */
											__(
												'Still to pay: %s',
												'joolweb-sessions-pro'
											),
											formatMoney(
												summary.pending,
												summary.currency
											)
										) }
									</p>
								) }
								<SessionList
									title={ __(
										'Pending payments',
										'joolweb-sessions-pro'
									) }
									query={ { payment_status: 'pending' } }
									empty={ __(
										'Nothing to pay. Thank you!',
										'joolweb-sessions-pro'
									) }
									version={ version }
								/>
								<p className="joolwebsp-front__hint">
									{ __(
										'Payments are settled with your coach.',
										'joolweb-sessions-pro'
									) }
								</p>
							</>
						);
					}
					return summary ? (
						<Statistics summary={ summary } />
					) : (
						! error && <Spinner />
					);
				} }
			</TabPanel>
		</div>
	);
}
