/**
 * A small line chart in plain SVG (no chart library: the client bundles' budget), for one or two
 * series over dates — the second series gets its own scale on the right. The drawing is hidden
 * from assistive technology; the same figures are in a table for screen readers, and the legend
 * names the series.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export interface LinePoint {
	/** Day, YYYY-MM-DD. */
	x: string;
	y: number;
}

export interface LineSeries {
	key: string;
	/** Name with its unit, e.g. "Weight (kg)". */
	label: string;
	points: LinePoint[];
}

export interface LineChartProps {
	/** Caption of the figure and of the table. */
	title: string;
	/** One or two series; a series without points is left out. */
	series: LineSeries[];
	/** How a day is written (default: as given). */
	formatDate?: ( day: string ) => string;
	/** How a value is written (default: up to 2 decimals). */
	formatValue?: ( value: number ) => string;
}

/**
 * The drawing's coordinate system: as wide as its box once measured (so labels keep their size on
 * a phone), this wide before.
 */
export const WIDTH = 640;
/** The narrowest drawing (a box narrower than this scales it down). */
const MIN_WIDTH = 280;
export const HEIGHT = 240;
const PAD = { top: 12, right: 48, bottom: 28, left: 48 };
const TICKS = 4;

/**
 * Milliseconds of a day, for spacing dates by time rather than by rank.
 *
 * @param day YYYY-MM-DD.
 */
function dayTime( day: string ): number {
	return Date.parse( `${ day }T00:00:00Z` );
}

/**
 * The value range shown for a series: its extent with a little room, never empty.
 *
 * @param values Values.
 */
export function valueDomain( values: number[] ): [ number, number ] {
	const min = Math.min( ...values );
	const max = Math.max( ...values );
	if ( min === max ) {
		return [ min - 1, max + 1 ];
	}
	const room = ( max - min ) * 0.1;
	return [ min - room, max + room ];
}

export interface SeriesGeometry {
	key: string;
	/** SVG path of the line. */
	path: string;
	/** The points, in chart coordinates. */
	dots: Array< { x: number; y: number; point: LinePoint } >;
	/** Tick values and their heights, for the series' axis. */
	ticks: Array< { value: number; y: number } >;
	side: 'left' | 'right';
}

/**
 * Where everything goes: dates spaced by time on one shared axis, each series on its own scale.
 *
 * @param series The series with points (at most two are drawn).
 * @param width  Width of the drawing.
 */
export function chartGeometry(
	series: LineSeries[],
	width: number = WIDTH
): {
	series: SeriesGeometry[];
	dates: Array< { day: string; x: number } >;
} {
	const drawn = series.filter( ( s ) => s.points.length ).slice( 0, 2 );
	const days = Array.from(
		new Set( drawn.flatMap( ( s ) => s.points.map( ( p ) => p.x ) ) )
	).sort();
	const first = dayTime( days[ 0 ] ?? '' ) || 0;
	const last = dayTime( days[ days.length - 1 ] ?? '' ) || 0;
	const innerW = width - PAD.left - PAD.right;
	const innerH = HEIGHT - PAD.top - PAD.bottom;
	const xOf = ( day: string ) =>
		last === first
			? PAD.left + innerW / 2
			: PAD.left +
				( ( dayTime( day ) - first ) / ( last - first ) ) * innerW;
	return {
		dates: days.map( ( day ) => ( { day, x: xOf( day ) } ) ),
		series: drawn.map( ( s, index ) => {
			const [ low, high ] = valueDomain( s.points.map( ( p ) => p.y ) );
			const yOf = ( value: number ) =>
				PAD.top + ( 1 - ( value - low ) / ( high - low ) ) * innerH;
			const sorted = [ ...s.points ].sort( ( a, b ) =>
				a.x.localeCompare( b.x )
			);
			const dots = sorted.map( ( point ) => ( {
				x: xOf( point.x ),
				y: yOf( point.y ),
				point,
			} ) );
			return {
				key: s.key,
				path: dots
					.map(
						( dot, i ) =>
							`${ i ? 'L' : 'M' }${ dot.x.toFixed( 1 ) } ${ dot.y.toFixed( 1 ) }`
					)
					.join( ' ' ),
				dots,
				ticks: Array.from( { length: TICKS + 1 }, ( _, i ) => {
					const value = low + ( ( high - low ) * i ) / TICKS;
					return { value, y: yOf( value ) };
				} ),
				side: index === 0 ? 'left' : 'right',
			};
		} ),
	};
}

/**
 * How a day's label sits on its point: centred when alone, else inside the chart.
 *
 * @param index Rank among the labels.
 * @param count Number of labels.
 */
function anchorOf( index: number, count: number ): 'middle' | 'start' | 'end' {
	if ( count === 1 ) {
		return 'middle';
	}
	return index === 0 ? 'start' : 'end';
}

/**
 * The width of an element's box, followed as it changes (WIDTH where it cannot be measured).
 *
 * @param ref         The element.
 * @param ref.current
 * @param mounted     Whether it is rendered (measured again when it appears).
 */
function useBoxWidth(
	ref: { current: HTMLElement | null },
	mounted: boolean
): number {
	const [ width, setWidth ] = useState( WIDTH );
	useEffect( () => {
		const element = ref.current;
		if ( ! element || typeof window.ResizeObserver === 'undefined' ) {
			return;
		}
		const observer = new window.ResizeObserver( ( [ entry ] ) => {
			const measured = Math.round( entry?.contentRect.width ?? 0 );
			if ( measured > 0 ) {
				setWidth( Math.max( MIN_WIDTH, measured ) );
			}
		} );
		observer.observe( element );
		return () => observer.disconnect();
	}, [ ref, mounted ] );
	return width;
}

const defaultValue = ( value: number ) =>
	String( Math.round( value * 100 ) / 100 );

/**
 * Line chart with its table.
 *
 * @param props             Props.
 * @param props.title       Caption.
 * @param props.series      Series.
 * @param props.formatDate  Date formatter.
 * @param props.formatValue Value formatter.
 */
export function LineChart( {
	title,
	series,
	formatDate = ( day ) => day,
	formatValue = defaultValue,
}: LineChartProps ) {
	const figure = useRef< HTMLElement >( null );
	const drawn = series.filter( ( s ) => s.points.length ).slice( 0, 2 );
	const width = useBoxWidth( figure, drawn.length > 0 );
	if ( ! drawn.length ) {
		return null;
	}
	const geometry = chartGeometry( drawn, width );
	// The first and the last day are named under the axis.
	const edges = geometry.dates.filter(
		( _, i ) => i === 0 || i === geometry.dates.length - 1
	);
	const grid = geometry.series[ 0 ]?.ticks ?? [];
	const valueAt = ( s: LineSeries, day: string ) =>
		s.points.find( ( p ) => p.x === day )?.y;

	return (
		<figure className="joolwebsp-line-chart" ref={ figure }>
			<figcaption className="joolwebsp-line-chart__title">
				{ title }
			</figcaption>
			<svg
				className="joolwebsp-line-chart__svg"
				viewBox={ `0 0 ${ width } ${ HEIGHT }` }
				aria-hidden="true"
				focusable="false"
			>
				{ grid.map( ( tick ) => (
					<line
						key={ tick.value }
						className="joolwebsp-line-chart__grid"
						x1={ PAD.left }
						x2={ width - PAD.right }
						y1={ tick.y }
						y2={ tick.y }
					/>
				) ) }
				{ geometry.series.map( ( s, index ) => (
					<g
						key={ s.key }
						className={ `joolwebsp-line-chart__series is-series-${ index }` }
						data-series={ s.key }
					>
						{ s.ticks.map( ( tick ) => (
							<text
								key={ tick.value }
								className="joolwebsp-line-chart__tick"
								x={
									s.side === 'left'
										? PAD.left - 6
										: width - PAD.right + 6
								}
								y={ tick.y + 4 }
								textAnchor={
									s.side === 'left' ? 'end' : 'start'
								}
							>
								{ formatValue( tick.value ) }
							</text>
						) ) }
						<path
							className="joolwebsp-line-chart__line"
							d={ s.path }
						/>
						{ s.dots.map( ( dot ) => (
							<circle
								key={ dot.point.x }
								className="joolwebsp-line-chart__dot"
								cx={ dot.x }
								cy={ dot.y }
								r={ 4 }
							/>
						) ) }
					</g>
				) ) }
				{ edges.map( ( date, index ) => (
					<text
						key={ date.day }
						className="joolwebsp-line-chart__date"
						x={ date.x }
						y={ HEIGHT - 8 }
						textAnchor={ anchorOf( index, edges.length ) }
					>
						{ formatDate( date.day ) }
					</text>
				) ) }
			</svg>
			<ul className="joolwebsp-line-chart__legend" aria-hidden="true">
				{ drawn.map( ( s, index ) => (
					<li key={ s.key } className={ `is-series-${ index }` }>
						{ s.label }
					</li>
				) ) }
			</ul>
			<table className="screen-reader-text">
				<caption>{ title }</caption>
				<thead>
					<tr>
						<th scope="col">
							{ __( 'Date', 'joolweb-sessions-pro' ) }
						</th>
						{ drawn.map( ( s ) => (
							<th key={ s.key } scope="col">
								{ s.label }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ geometry.dates.map( ( { day } ) => (
						<tr key={ day }>
							<th scope="row">{ formatDate( day ) }</th>
							{ drawn.map( ( s ) => {
								const value = valueAt( s, day );
								return (
									<td key={ s.key }>
										{ value === undefined
											? '—'
											: formatValue( value ) }
									</td>
								);
							} ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}
