import type { ReactNode } from "react";

/**
 * A chart with the same figures as a table: the drawing is hidden from screen readers, the table is
 * visually hidden (and can be copied). `rows` are the table cells, in `columns` order.
 */
export function ChartFigure({ title, heightClass, columns, rows, children, note }: { title: string; heightClass: string; columns: string[]; rows: Array<{ key: string; cells: ReactNode[] }>; children: ReactNode; note?: ReactNode }) {
  return (
    <figure className="grid gap-2">
      <figcaption className="sr-only">{title}</figcaption>
      <div className={`${heightClass} w-full`} aria-hidden>
        {children}
      </div>
      {note}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
