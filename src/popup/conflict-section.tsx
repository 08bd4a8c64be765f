import type { ConflictTable, SourceFigureRow } from './model/conflict-tables';
import { compactList } from './model/source-names';

/** Props of the section on figures that differ. */
export interface ConflictSectionProps {
  tables: ConflictTable[];
  onReveal: (start: number, end: number) => void;
}

/** Per facet: this article's figure and its sentence, what most sources say, and every other version apart. */
export function ConflictSection({ tables, onReveal }: ConflictSectionProps) {
  const count = tables.reduce((n, t) => n + t.page.length, 0);
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">
        Figures that differ <span class="count">{count}</span>
      </h2>
      {tables.map((table) => (
        <FacetConflict key={table.facet} table={table} onReveal={onReveal} />
      ))}
    </section>
  );
}

function FacetConflict({ table, onReveal }: { table: ConflictTable; onReveal: ConflictSectionProps['onReveal'] }) {
  const headingId = `conflict-${table.facet.replace(/\W/g, '-')}`;
  return (
    <article class="facet-conflict" data-facet={table.facet} aria-labelledby={headingId}>
      <h3 id={headingId}>{table.label}</h3>
      {table.page.map((row) => (
        <div key={`${row.start}:${row.value}`} class="page-figure" data-testid="conflict" data-facet={table.facet}>
          <p>
            <span class="differs-mark" aria-hidden="true">≠</span> This article: <strong>{row.value}</strong>{' '}
            <button type="button" class="link-button" onClick={() => onReveal(row.start, row.end)}>
              Show on page
            </button>
          </p>
          <blockquote class="clamp">{row.text}</blockquote>
        </div>
      ))}
      {table.consensus && (
        <p class="consensus">
          {table.consensus.count} of {table.consensus.total} sources: <strong>{table.consensus.value}</strong>{' '}
          <span class="note">
            ({compactList(table.consensus.sources, 1)}{table.consensus.contradicts ? '' : '; less precise, does not contradict it'})
          </span>
        </p>
      )}
      {(table.contradicting.length > 0 || table.lessPrecise.length > 0) && <OtherValues table={table} />}
    </article>
  );
}

function OtherValues({ table }: { table: ConflictTable }) {
  return (
    <table class="figures">
      <caption class="visually-hidden">{table.label}: what other sources give</caption>
      <tbody>
        <RowGroup title={table.consensus ? 'Other sources that contradict it' : 'Contradicts this article'} rows={table.contradicting} />
        <RowGroup title="Less precise, does not contradict" rows={table.lessPrecise} />
      </tbody>
    </table>
  );
}

function RowGroup({ title, rows }: { title: string; rows: SourceFigureRow[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <tr class="group">
        <th scope="colgroup" colSpan={2}>{title}</th>
      </tr>
      {rows.map((row) => (
        <tr key={row.value} class={row.outlier ? 'outlier' : undefined}>
          <th scope="row">
            {row.value}
            {row.outlier && <span class="outlier-tag"> outlier</span>}
          </th>
          <td>{compactList(row.sources)}</td>
        </tr>
      ))}
    </>
  );
}
