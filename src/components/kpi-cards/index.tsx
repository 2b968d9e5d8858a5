/**
 * A row of key figures.
 */

export interface Kpi {
	label: string;
	value: string;
}

/**
 * KPI cards.
 *
 * @param props      Props.
 * @param props.kpis Figures.
 */
export function KpiCards( { kpis }: { kpis: Kpi[] } ) {
	return (
		<dl className="joolwebsp-kpis">
			{ kpis.map( ( kpi ) => (
				<div key={ kpi.label } className="joolwebsp-kpis__item">
					<dt>{ kpi.label }</dt>
					<dd>{ kpi.value }</dd>
				</div>
			) ) }
		</dl>
	);
}
