/**
 * Settings → Permissions: the plugin capabilities of the Coach role, saved to the role itself.
 */

/**
 * WordPress dependencies
 */
import { CheckboxControl, Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { TabProps } from './tab-props';

/**
 * Permissions tab.
 *
 * @param props        Props.
 * @param props.draft
 * @param props.update
 * @param props.errors
 * @param props.meta
 */
export function PermissionsTab( { draft, update, errors, meta }: TabProps ) {
	const toggle = ( name: string, on: boolean ) =>
		update( ( d ) => ( {
			...d,
			coach_capabilities: on
				? [
						...d.coach_capabilities.filter( ( c ) => c !== name ),
						name,
					]
				: d.coach_capabilities.filter( ( c ) => c !== name ),
		} ) );
	return (
		<fieldset className="joolwebsp-settings-fields">
			<legend>
				<h2>{ __( 'What coaches may do', 'joolweb-sessions-pro' ) }</h2>
			</legend>
			<p className="joolwebsp-muted">
				{ __(
					'These are the capabilities of the Coach role itself, so role editors show the same. Administrators always keep every capability.',
					'joolweb-sessions-pro'
				) }
			</p>
			{ errors.coach_capabilities && (
				<Notice status="error" isDismissible={ false }>
					{ errors.coach_capabilities }
				</Notice>
			) }
			{ meta.capabilities.map( ( cap ) => (
				<CheckboxControl
					__nextHasNoMarginBottom
					key={ cap.name }
					label={ cap.label }
					help={ cap.description }
					checked={ draft.coach_capabilities.includes( cap.name ) }
					onChange={ ( on: boolean ) => toggle( cap.name, on ) }
				/>
			) ) }
		</fieldset>
	);
}
