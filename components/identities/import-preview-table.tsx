import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportPreviewSummary } from "@/lib/identities/import-service";

export function ImportErrorsTable({ preview }: { preview: ImportPreviewSummary }) {
  return (
    <Table>
      <TableCaption>
        Rows with errors{preview.totals.invalid > preview.invalidRows.length ? ` (first ${preview.invalidRows.length} of ${preview.totals.invalid})` : ""}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Row</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Errors</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {preview.invalidRows.map((r) => (
          <TableRow key={r.rowNumber} data-testid={`error-row-${r.rowNumber}`}>
            <TableCell className="tabular-nums">{r.rowNumber}</TableCell>
            <TableCell>{r.name || "—"}</TableCell>
            <TableCell>{r.email || "—"}</TableCell>
            <TableCell>
              <ul className="grid gap-0.5">
                {r.errors.map((e, i) => (
                  <li key={i} className="text-destructive">
                    {e.column ? <span className="font-medium">{e.column}: </span> : null}
                    {e.message}
                  </li>
                ))}
              </ul>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ImportSampleTable({ preview }: { preview: ImportPreviewSummary }) {
  return (
    <Table>
      <TableCaption>First rows of the file</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Row</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Department</TableHead>
          <TableHead>Title</TableHead>
          <TableHead>Change</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {preview.sampleRows.map((r) => (
          <TableRow key={r.rowNumber}>
            <TableCell className="tabular-nums">{r.rowNumber}</TableCell>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.email}</TableCell>
            <TableCell>{r.department ?? "—"}</TableCell>
            <TableCell>{r.title ?? "—"}</TableCell>
            <TableCell>
              <Badge variant={r.action === "create" ? "success" : "secondary"}>{r.action === "create" ? "New" : "Update"}</Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
