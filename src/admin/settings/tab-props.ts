/**
 * Props shared by the tabs that edit the settings draft.
 */

/**
 * Internal dependencies
 */
import type { FullSettings, SettingsMeta } from '../../api/settings';

export interface TabProps {
	draft: FullSettings;
	/** Applies a change to the draft (and clears the errors of the fields it touches). */
	update: ( change: ( draft: FullSettings ) => FullSettings ) => void;
	/** Server errors by field path (`currency`, `emails.welcome.subject`). */
	errors: Record< string, string >;
	meta: SettingsMeta;
}
