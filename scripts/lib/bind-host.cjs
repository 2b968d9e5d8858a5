/**
 * Preloaded into the Playground server (`node --require`): Playground listens on every interface and
 * has no host option, so a listen() call without a host gets JOOLWEBSP_HOST (127.0.0.1 by default).
 * The demo site has known passwords: it must not be reachable from the network unless asked for.
 */
const net = require( 'net' );

const host = process.env.JOOLWEBSP_HOST || '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function ( ...args ) {
	if ( typeof args[ 0 ] === 'number' && typeof args[ 1 ] !== 'string' ) {
		args.splice( 1, 0, host );
	} else if (
		args[ 0 ] &&
		typeof args[ 0 ] === 'object' &&
		typeof args[ 0 ].port === 'number' &&
		! args[ 0 ].host
	) {
		args[ 0 ] = { ...args[ 0 ], host };
	}
	return listen.apply( this, args );
};
