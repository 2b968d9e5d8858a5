/**
 * Tabs whose selection lives in the URL (`tab=`), so reload and shared links keep it.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';

export interface UrlTabPanelProps {
	tabs: Array< { name: string; title: string } >;
	children: ( name: string ) => ReactNode;
}

/**
 * The tab named in the URL, if it is one of `names`, else the first.
 *
 * @param search `location.search`.
 * @param names  Tab names.
 */
export function tabFromUrl( search: string, names: string[] ): string {
	const tab = new URLSearchParams( search ).get( 'tab' ) ?? '';
	return names.includes( tab ) ? tab : ( names[ 0 ] ?? '' );
}

/**
 * Tab panel kept in the URL.
 *
 * @param props          Props.
 * @param props.tabs
 * @param props.children
 */
export function UrlTabPanel( { tabs, children }: UrlTabPanelProps ) {
	return (
		<TabPanel
			className="joolwebsp-tabs"
			initialTabName={ tabFromUrl(
				window.location.search,
				tabs.map( ( tab ) => tab.name )
			) }
			onSelect={ ( name: string ) => {
				const params = new URLSearchParams( window.location.search );
				params.set( 'tab', name );
				window.history.replaceState(
					null,
					'',
					`?${ params.toString() }`
				);
			} }
			tabs={ tabs }
		>
			{ ( tab ) => (
				<div className="joolwebsp-tab">{ children( tab.name ) }</div>
			) }
		</TabPanel>
	);
}
