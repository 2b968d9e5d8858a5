/**
 * The client module's seam between admin and front. The add form, the profile shell, its tabs, the
 * session card, the session modal and the bundle wizard read what differs between the two places
 * from this context — links, capabilities, layout — so a front entry mounts the same components
 * unchanged with `frontClientModule()`.
 */

/**
 * External dependencies
 */
import type { ComponentType, ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { createContext, useContext } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { Screen } from '../components/screen';
import type { ScreenProps } from '../components/screen';
import { can as userCan, getSettings, screenUrl } from '../settings';
import type { Capability, MeasurementSettings } from '../settings';

export interface ClientModule {
	/** Where the module is mounted. */
	variant: 'admin' | 'front';
	/** Link to a client's profile, optionally on a tab. */
	profileUrl: ( clientId: number, tab?: string ) => string;
	/** Link to the list of clients, or null where there is none. */
	listUrl: string | null;
	/** Whether the current user has a plugin capability (the server decides again). */
	can: ( cap: Capability ) => boolean;
	/** Whether the current user reaches every client (decided by the server: Client_Access). */
	reachesEveryone: boolean;
	/** The Physical tab's ranges, or null when measurements are unavailable (decided by the server). */
	measurements: MeasurementSettings | null;
	/** The frame of a page: title, title actions, content and notices. */
	Frame: ComponentType< ScreenProps >;
}

/**
 * The module inside wp-admin: profile at `admin.php?page=joolwebsp-add-client&client_id=N`.
 */
export function adminClientModule(): ClientModule {
	return {
		variant: 'admin',
		profileUrl: ( clientId, tab ) =>
			screenUrl( 'add-client', {
				client_id: clientId,
				...( tab ? { tab } : {} ),
			} ),
		listUrl: screenUrl( 'clients' ),
		can: userCan,
		reachesEveryone: getSettings().reachesEveryone === true,
		measurements: getSettings().measurements ?? null,
		Frame: Screen,
	};
}

/**
 * A page frame for the site: a heading level below the theme's page title.
 *
 * @param props          Props.
 * @param props.title    Title.
 * @param props.actions  Title actions.
 * @param props.children Content.
 */
function FrontFrame( { title, actions, children }: ScreenProps ) {
	return (
		<section className="joolwebsp-front-frame">
			<header className="joolwebsp-front-frame__header">
				<h2>{ title }</h2>
				{ actions }
			</header>
			<div className="joolwebsp-screen__content">{ children }</div>
		</section>
	);
}

/**
 * The module on the site's coach pages: profile at `{base}N/` (`/customer/N/` by default).
 *
 * @param base    Path of the profile pages, with a trailing slash.
 * @param listUrl Link to the coach's client list, if any.
 */
export function frontClientModule(
	base = '/customer/',
	listUrl: string | null = null
): ClientModule {
	return {
		variant: 'front',
		profileUrl: ( clientId, tab ) =>
			`${ base }${ clientId }/${ tab ? `?tab=${ encodeURIComponent( tab ) }` : '' }`,
		listUrl,
		can: userCan,
		reachesEveryone: getSettings().reachesEveryone === true,
		measurements: getSettings().measurements ?? null,
		Frame: FrontFrame,
	};
}

const ClientModuleContext = createContext< ClientModule | null >( null );

/**
 * Provides the module to the components below.
 *
 * @param props          Props.
 * @param props.value    Module (admin or front).
 * @param props.children Children.
 */
export function ClientModuleProvider( {
	value,
	children,
}: {
	value: ClientModule;
	children: ReactNode;
} ) {
	return (
		<ClientModuleContext.Provider value={ value }>
			{ children }
		</ClientModuleContext.Provider>
	);
}

/**
 * The module of the nearest provider; the admin module where there is none (the admin screens
 * that show a session modal or card outside the profile).
 */
export function useClientModule(): ClientModule {
	return useContext( ClientModuleContext ) ?? adminClientModule();
}
