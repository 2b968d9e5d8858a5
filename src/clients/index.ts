/**
 * The client module: everything an entry (admin or front) mounts to show clients. Wrap it in a
 * `ClientModuleProvider` with `adminClientModule()` or `frontClientModule()`.
 */

export {
	ClientModuleProvider,
	adminClientModule,
	frontClientModule,
	useClientModule,
} from './module';
export type { ClientModule } from './module';
export { ClientPage, ClientRouter, clientIdFromUrl } from './client-router';
export { ClientProfile } from './profile/client-profile';
export { AddClientScreen } from './add-form/add-client-screen';
export { SessionCard } from './sessions/session-card';
export { SessionModal } from './sessions/session-modal';
export { BundleWizard } from './programs/bundle-wizard';
