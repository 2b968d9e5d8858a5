/**
 * When the reminder cron last ran and, when that is more than an hour ago, how to run wp-cron.php
 * from a system cron.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RemindersStatus } from '../../api/settings';
import { formatDateTime } from '../../utils/format';

/**
 * Cron status.
 *
 * @param props        Props.
 * @param props.status GET /settings/reminders, or null while unknown.
 */
export function CronStatus( { status }: { status: RemindersStatus | null } ) {
	if ( ! status ) {
		return null;
	}
	const lastRun = status.last_run
		? sprintf(
				/* translators: %s: date and time. */
				__( 'Reminders last ran on %s.', 'joolweb-sessions-pro' ),
				formatDateTime( status.last_run )
			)
		: __( 'Reminders have never run yet.', 'joolweb-sessions-pro' );
	const result = status.last_result
		? sprintf(
				/* translators: 1: emails sent, 2: emails that failed. */
				__( '%1$d sent, %2$d failed.', 'joolweb-sessions-pro' ),
				status.last_result.sent,
				status.last_result.failed
			)
		: '';
	return (
		<div className="joolwebsp-cron-status">
			<p className="joolwebsp-muted">
				{ [ lastRun, result ].filter( Boolean ).join( ' ' ) }
			</p>
			{ status.stale && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						{ status.wp_cron_disabled
							? __(
									'WP-Cron is switched off on this site (DISABLE_WP_CRON), and the reminders have not run for more than an hour.',
									'joolweb-sessions-pro'
								)
							: __(
									'The reminders have not run for more than an hour. WordPress runs its scheduled tasks only when someone visits the site, so on a quiet site, or when DISABLE_WP_CRON is set, they wait.',
									'joolweb-sessions-pro'
								) }
					</p>
					<p>
						{ __(
							'Ask your host to call wp-cron.php every 15 minutes from a system cron, for example:',
							'joolweb-sessions-pro'
						) }
					</p>
					<pre className="joolwebsp-code">
						<code>{ `*/15 * * * * wget -q -O - '${ status.cron_url }?doing_wp_cron' >/dev/null 2>&1` }</code>
					</pre>
					<p>
						{ __(
							'With WP-CLI, `wp cron event run --due-now` or `wp joolwebsp reminders run` does the same.',
							'joolweb-sessions-pro'
						) }
					</p>
				</Notice>
			) }
		</div>
	);
}
