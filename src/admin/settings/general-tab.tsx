/**
 * Settings → General: cancellation window, measurements, dashboard scope, currency, reminders,
 * uninstall.
 */

/**
 * WordPress dependencies
 */
import {
	RadioControl,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RemindersStatus } from '../../api/settings';
import { CronStatus } from './cron-status';
import type { TabProps } from './tab-props';

/**
 * "24 hours", or the word for 0.
 *
 * @param hours Hours.
 * @param zero  Label of 0.
 */
function hoursLabel( hours: number, zero: string ): string {
	return hours === 0
		? zero
		: sprintf(
				/* translators: %d: number of hours. */
				_n( '%d hour', '%d hours', hours, 'joolweb-sessions-pro' ),
				hours
			);
}

/**
 * General tab.
 *
 * @param props           Props.
 * @param props.draft
 * @param props.update
 * @param props.errors
 * @param props.meta
 * @param props.reminders
 */
export function GeneralTab( {
	draft,
	update,
	errors,
	meta,
	reminders,
}: TabProps & { reminders: RemindersStatus | null } ) {
	const currencyValid = /^[A-Z]{3}$/.test( draft.currency );
	return (
		<div className="joolwebsp-settings-fields">
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Cancellation window', 'joolweb-sessions-pro' ) }
				help={
					errors.cancellation_window_hours ??
					__(
						'How long before a session a client may still cancel it from the client area.',
						'joolweb-sessions-pro'
					)
				}
				value={ String( draft.cancellation_window_hours ) }
				options={ meta.cancellationWindows.map( ( hours ) => ( {
					value: String( hours ),
					label: hoursLabel(
						hours,
						__( 'No limit', 'joolweb-sessions-pro' )
					),
				} ) ) }
				onChange={ ( value: string ) =>
					update( ( d ) => ( {
						...d,
						cancellation_window_hours: Number( value ),
					} ) )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reminder email', 'joolweb-sessions-pro' ) }
				help={
					errors.reminder_hours ??
					__(
						'Sent to the client this long before each booked session.',
						'joolweb-sessions-pro'
					)
				}
				value={ String( draft.reminder_hours ) }
				options={ meta.reminderHours.map( ( hours ) => ( {
					value: String( hours ),
					label:
						hours === 0
							? __( 'Off', 'joolweb-sessions-pro' )
							: sprintf(
									/* translators: %s: "24 hours". */
									__( '%s before', 'joolweb-sessions-pro' ),
									hoursLabel( hours, '' )
								),
				} ) ) }
				onChange={ ( value: string ) =>
					update( ( d ) => ( {
						...d,
						reminder_hours: Number( value ),
					} ) )
				}
			/>
			{ draft.reminder_hours > 0 && <CronStatus status={ reminders } /> }
			<RadioControl
				label={ __(
					'Dashboard of administrators',
					'joolweb-sessions-pro'
				) }
				help={
					errors.dashboard_scope ??
					__(
						'A coach always sees the sessions they lead.',
						'joolweb-sessions-pro'
					)
				}
				selected={ draft.dashboard_scope }
				options={ [
					{
						value: 'all',
						label: __(
							'Every coach’s sessions',
							'joolweb-sessions-pro'
						),
					},
					{
						value: 'mine',
						label: __(
							'Only my own sessions',
							'joolweb-sessions-pro'
						),
					},
				] }
				onChange={ ( value?: string ) =>
					update( ( d ) => ( {
						...d,
						dashboard_scope: value === 'mine' ? 'mine' : 'all',
					} ) )
				}
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __(
					'Currency (ISO code, e.g. EUR, USD, GBP)',
					'joolweb-sessions-pro'
				) }
				className={ errors.currency ? 'has-error' : undefined }
				value={ draft.currency }
				maxLength={ 3 }
				help={
					errors.currency ??
					( currencyValid
						? undefined
						: __(
								'Use three capital letters.',
								'joolweb-sessions-pro'
							) )
				}
				onChange={ ( value: string ) =>
					update( ( d ) => ( {
						...d,
						currency: value.toUpperCase(),
					} ) )
				}
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Physical measurements', 'joolweb-sessions-pro' ) }
				help={
					errors.measurements_enabled ??
					__(
						'Weight, body fat and sizes per client (premium).',
						'joolweb-sessions-pro'
					)
				}
				checked={ draft.measurements_enabled }
				onChange={ ( value: boolean ) =>
					update( ( d ) => ( { ...d, measurements_enabled: value } ) )
				}
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __(
					'Delete all data when the plugin is uninstalled',
					'joolweb-sessions-pro'
				) }
				help={
					draft.delete_data_on_uninstall
						? __(
								'Deleting the plugin from the Plugins screen will erase its tables, settings, roles and capabilities. This cannot be undone.',
								'joolweb-sessions-pro'
							)
						: __(
								'Deleting the plugin keeps its data, so reinstalling it finds the practice as it was.',
								'joolweb-sessions-pro'
							)
				}
				checked={ draft.delete_data_on_uninstall }
				onChange={ ( value: boolean ) =>
					update( ( d ) => ( {
						...d,
						delete_data_on_uninstall: value,
					} ) )
				}
			/>
		</div>
	);
}
