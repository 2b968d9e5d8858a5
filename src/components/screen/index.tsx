/**
 * The frame of every admin screen: the page title (with optional title actions, the wp-admin
 * `page-title-action` convention), the content, and the snackbar list for notices.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

export interface ScreenProps {
	title: string;
	actions?: ReactNode;
	children: ReactNode;
}

/**
 * Screen frame.
 *
 * @param props          Props.
 * @param props.title
 * @param props.actions
 * @param props.children
 */
export function Screen( { title, actions, children }: ScreenProps ) {
	const allNotices = useSelect(
		( select ) => select( noticesStore ).getNotices(),
		[]
	);
	const notices = useMemo(
		() =>
			allNotices
				.filter( ( notice ) => notice.type === 'snackbar' )
				.map( ( notice ) => ( {
					id: notice.id,
					content: notice.content,
					spokenMessage: notice.spokenMessage,
				} ) ),
		[ allNotices ]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<>
			<h1 className="wp-heading-inline">{ title }</h1>
			{ actions }
			<hr className="wp-header-end" />
			<div className="joolwebsp-screen__content">{ children }</div>
			<div className="joolwebsp-snackbars">
				<SnackbarList
					notices={ notices }
					onRemove={ ( id: string ) => removeNotice( id ) }
				/>
			</div>
		</>
	);
}
