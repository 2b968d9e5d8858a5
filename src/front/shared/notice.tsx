/**
 * A message announced to screen readers: errors interrupt (role="alert"), the rest is polite.
 */

export interface FrontNoticeProps {
	status: 'error' | 'success' | 'info';
	children: string;
}

/**
 * Inline notice.
 *
 * @param props          Props.
 * @param props.status   Kind.
 * @param props.children Text.
 */
export function FrontNotice( { status, children }: FrontNoticeProps ) {
	return (
		<p
			className={ `joolwebsp-front__notice is-${ status }` }
			role={ status === 'error' ? 'alert' : 'status' }
		>
			{ children }
		</p>
	);
}
