/**
 * The placeholders an email type may use, with what each stands for. The list comes from PHP
 * (`settingsMeta`, from Email_Templates::placeholders_for()), never retyped here.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

export interface PlaceholderHelpProps {
	/** Placeholder names allowed for the type, in order. */
	names: string[];
	/** Every placeholder's description, by name. */
	descriptions: Record< string, string >;
	id?: string;
}

/**
 * Placeholder help.
 *
 * @param props              Props.
 * @param props.names
 * @param props.descriptions
 * @param props.id
 */
export function PlaceholderHelp( {
	names,
	descriptions,
	id,
}: PlaceholderHelpProps ) {
	return (
		<div className="joolwebsp-placeholders" id={ id }>
			<h3 className="joolwebsp-placeholders__title">
				{ __(
					'Placeholders this email can use',
					'joolweb-sessions-pro'
				) }
			</h3>
			{ names.length ? (
				<dl>
					{ names.map( ( name ) => (
						<div
							key={ name }
							className="joolwebsp-placeholders__item"
						>
							<dt>
								<code>{ `{${ name }}` }</code>
							</dt>
							<dd>{ descriptions[ name ] ?? '' }</dd>
						</div>
					) ) }
				</dl>
			) : (
				<p>
					{ __(
						'This email has no placeholders.',
						'joolweb-sessions-pro'
					) }
				</p>
			) }
		</div>
	);
}
