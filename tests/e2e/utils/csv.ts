/**
 * CSV in e2e specs: files written the way a spreadsheet does, and downloads read back.
 */

/** Windows-1252 bytes 0x80–0x9F that are not Latin-1 (the rest of 0xA0–0xFF is). */
const CP1252_EXTRA: Record< string, number > = {
	'€': 0x80,
	'‚': 0x82,
	'„': 0x84,
	'…': 0x85,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'–': 0x96,
	'—': 0x97,
	Š: 0x8a,
	Œ: 0x8c,
	š: 0x9a,
	œ: 0x9c,
	Ÿ: 0x9f,
};

/**
 * Text encoded as Windows-1252, as Excel on a French system saves "CSV (séparateur : point-virgule)".
 * Throws on a character Windows-1252 does not have, so a fixture cannot silently lose one.
 *
 * @param text Text.
 */
export function toWindows1252( text: string ): Buffer {
	const bytes: number[] = [];
	for ( const char of text ) {
		const code = char.codePointAt( 0 ) ?? 0;
		const extra = CP1252_EXTRA[ char ];
		if ( extra !== undefined ) {
			bytes.push( extra );
		} else if ( code < 0x80 || ( code >= 0xa0 && code <= 0xff ) ) {
			bytes.push( code );
		} else {
			throw new Error( `Not in Windows-1252: ${ char }` );
		}
	}
	return Buffer.from( bytes );
}

/**
 * Parses CSV text (RFC 4180: quoted fields with delimiters, doubled quotes and line breaks; CRLF
 * or LF). A trailing line break ends the last record.
 *
 * @param text      Text (without BOM).
 * @param delimiter Delimiter.
 */
export function parseCsv( text: string, delimiter = ',' ): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for ( let i = 0; i < text.length; i++ ) {
		const char = text.charAt( i );
		if ( quoted ) {
			if ( char === '"' && text.charAt( i + 1 ) === '"' ) {
				cell += '"';
				i++;
			} else if ( char === '"' ) {
				quoted = false;
			} else {
				cell += char;
			}
		} else if ( char === '"' ) {
			quoted = true;
		} else if ( char === delimiter ) {
			row.push( cell );
			cell = '';
		} else if ( char === '\r' || char === '\n' ) {
			if ( char === '\r' && text.charAt( i + 1 ) === '\n' ) {
				i++;
			}
			row.push( cell );
			rows.push( row );
			row = [];
			cell = '';
		} else {
			cell += char;
		}
	}
	if ( cell !== '' || row.length > 0 ) {
		row.push( cell );
		rows.push( row );
	}
	return rows;
}

/** The UTF-8 byte order mark. */
export const UTF8_BOM = Buffer.from( [ 0xef, 0xbb, 0xbf ] );
