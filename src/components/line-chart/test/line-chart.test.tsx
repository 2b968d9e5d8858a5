/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { HEIGHT, LineChart, WIDTH, chartGeometry, valueDomain } from '..';

const WEIGHT = {
	key: 'weight_kg',
	label: 'Weight (kg)',
	points: [
		{ x: '2026-03-01', y: 80 },
		{ x: '2026-01-01', y: 84 },
		{ x: '2026-02-01', y: 82 },
	],
};
const WAIST = {
	key: 'waist_cm',
	label: 'Waist (cm)',
	points: [
		{ x: '2026-01-01', y: 100 },
		{ x: '2026-03-01', y: 96 },
	],
};

describe( 'valueDomain', () => {
	it( 'leaves room around the values and never collapses', () => {
		expect( valueDomain( [ 80, 90 ] ) ).toEqual( [ 79, 91 ] );
		expect( valueDomain( [ 70 ] ) ).toEqual( [ 69, 71 ] );
	} );
} );

describe( 'chartGeometry', () => {
	it( 'spaces days by time, orders points by day and gives each series its own scale', () => {
		const geometry = chartGeometry( [ WEIGHT, WAIST ] );
		expect( geometry.dates.map( ( d ) => d.day ) ).toEqual( [
			'2026-01-01',
			'2026-02-01',
			'2026-03-01',
		] );
		const [ jan, feb, mar ] = geometry.dates.map( ( d ) => d.x );
		// 31 days then 28 days: February sits a little right of the middle.
		expect( ( feb! - jan! ) / ( mar! - jan! ) ).toBeCloseTo( 31 / 59 );
		const [ weight, waist ] = geometry.series;
		expect( weight!.side ).toBe( 'left' );
		expect( waist!.side ).toBe( 'right' );
		expect( weight!.dots.map( ( d ) => d.point.y ) ).toEqual( [
			84, 82, 80,
		] );
		// Each series spans the same height on its own scale: highest value at the top.
		expect( weight!.dots[ 0 ]!.y ).toBeCloseTo( waist!.dots[ 0 ]!.y );
		expect( weight!.dots[ 0 ]!.y ).toBeLessThan( weight!.dots[ 2 ]!.y );
		expect( weight!.path ).toMatch( /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L/ );
		for ( const dot of weight!.dots ) {
			expect( dot.x ).toBeGreaterThan( 0 );
			expect( dot.x ).toBeLessThan( WIDTH );
			expect( dot.y ).toBeGreaterThan( 0 );
			expect( dot.y ).toBeLessThan( HEIGHT );
		}
	} );

	it( 'draws in the width it is given (the measured box), labels keeping their size', () => {
		const narrow = chartGeometry( [ WEIGHT ], 300 );
		const xs = narrow.series[ 0 ]!.dots.map( ( d ) => d.x );
		expect( Math.max( ...xs ) ).toBeLessThan( 300 );
		expect( Math.max( ...xs ) ).toBeGreaterThan( 200 );
	} );

	it( 'puts a single day in the middle', () => {
		const geometry = chartGeometry( [
			{ key: 'w', label: 'W', points: [ { x: '2026-01-01', y: 70 } ] },
		] );
		expect( geometry.dates ).toHaveLength( 1 );
		expect( geometry.series[ 0 ]!.path ).toMatch( /^M[\d.]+ [\d.]+$/ );
	} );
} );

describe( 'LineChart', () => {
	it( 'hides the drawing from screen readers and gives them the same figures in a table', () => {
		const { container } = render(
			<LineChart
				title="Weight and waist over time"
				series={ [ WEIGHT, WAIST ] }
				formatValue={ ( v ) => v.toFixed( 1 ) }
			/>
		);
		expect( container.querySelector( 'svg' ) ).toHaveAttribute(
			'aria-hidden',
			'true'
		);
		expect( container.querySelectorAll( 'path' ) ).toHaveLength( 2 );
		const table = screen.getByRole( 'table', {
			name: 'Weight and waist over time',
		} );
		const rows = within( table ).getAllByRole( 'row' );
		expect(
			rows.map( ( row ) =>
				Array.from( row.querySelectorAll( 'th, td' ) ).map(
					( cell ) => cell.textContent
				)
			)
		).toEqual( [
			[ 'Date', 'Weight (kg)', 'Waist (cm)' ],
			[ '2026-01-01', '84.0', '100.0' ],
			[ '2026-02-01', '82.0', '—' ],
			[ '2026-03-01', '80.0', '96.0' ],
		] );
	} );

	it( 'draws nothing without points', () => {
		const { container } = render(
			<LineChart
				title="Nothing"
				series={ [ { key: 'w', label: 'W', points: [] } ] }
			/>
		);
		expect( container ).toBeEmptyDOMElement();
	} );
} );
