/**
 * What changed between the saved settings and the draft: POST /settings takes a partial object, so
 * only the changed fields (and, inside emails and colours, only the changed parts) are sent.
 */

/**
 * Internal dependencies
 */
import type {
	EmailTemplate,
	FullSettings,
	SettingsChanges,
} from '../../api/settings';

const SCALARS = [
	'cancellation_window_hours',
	'measurements_enabled',
	'dashboard_scope',
	'currency',
	'delete_data_on_uninstall',
	'sender_name',
	'sender_email',
	'reminder_hours',
] as const;

/**
 * The partial settings object to POST (empty when nothing changed).
 *
 * @param saved Settings as last read or saved.
 * @param draft Settings as edited.
 */
export function changedSettings(
	saved: FullSettings,
	draft: FullSettings
): SettingsChanges {
	const out: Record< string, unknown > = {};
	for ( const key of SCALARS ) {
		if ( draft[ key ] !== saved[ key ] ) {
			out[ key ] = draft[ key ];
		}
	}
	const emails: Record< string, Partial< EmailTemplate > > = {};
	for ( const [ type, entry ] of Object.entries( draft.emails ) ) {
		const before = saved.emails[ type ];
		const change: Partial< EmailTemplate > = {};
		for ( const field of [ 'enabled', 'subject', 'body' ] as const ) {
			if ( ! before || entry[ field ] !== before[ field ] ) {
				( change as Record< string, unknown > )[ field ] =
					entry[ field ];
			}
		}
		if ( Object.keys( change ).length ) {
			emails[ type ] = change;
		}
	}
	if ( Object.keys( emails ).length ) {
		out.emails = emails;
	}
	const colors: Record< string, string > = {};
	for ( const key of [ 'accent', 'text', 'background' ] as const ) {
		if ( draft.colors[ key ] !== saved.colors[ key ] ) {
			colors[ key ] = draft.colors[ key ];
		}
	}
	if ( Object.keys( colors ).length ) {
		out.colors = colors;
	}
	const caps = ( list: string[] ) => [ ...list ].sort().join( ',' );
	if (
		caps( draft.coach_capabilities ) !== caps( saved.coach_capabilities )
	) {
		out.coach_capabilities = draft.coach_capabilities;
	}
	return out as SettingsChanges;
}

/**
 * The tab that holds a field path of a 400 (`emails.welcome.subject` → emails).
 *
 * @param path Field path.
 */
export function tabOfField( path: string ): string {
	const root = path.split( '.' )[ 0 ] ?? '';
	if ( root === 'emails' || root.startsWith( 'sender_' ) ) {
		return 'emails';
	}
	if ( root === 'coach_capabilities' ) {
		return 'permissions';
	}
	if ( root === 'colors' ) {
		return 'style';
	}
	return 'general';
}
