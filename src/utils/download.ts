/**
 * Saving a file fetched by script (a blob) through the browser's download, as a link would.
 */

/**
 * Offers a blob as a download named `fileName`: an object URL on a temporary `<a download>`.
 *
 * @param blob     File contents.
 * @param fileName Name.
 */
export function saveBlob( blob: Blob, fileName: string ): void {
	const url = URL.createObjectURL( blob );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.appendChild( link );
	link.click();
	link.remove();
	// The download has taken the blob by then; release it.
	window.setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}
