import { toCsv, type CsvCell } from "@/lib/csv/to-csv";

/** A CSV download; the BOM keeps non-ASCII names readable when opened in Excel. */
export function csvResponse(fileName: string, headers: string[], rows: CsvCell[][]): Response {
  return new Response(toCsv(headers, rows, { bom: true }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9_.-]+/g, "-")}"`, "Cache-Control": "no-store" },
  });
}
