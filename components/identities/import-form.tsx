"use client";

import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { applyImportAction, previewImportAction } from "@/app/(dashboard)/identities/import/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ImportPreviewSummary } from "@/lib/identities/import-service";
import { ImportErrorsTable, ImportSampleTable } from "./import-preview-table";

const MAX_BYTES = 10 * 1024 * 1024;

export function ImportForm() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewSummary | null>(null);
  const [done, setDone] = useState<{ created: number; updated: number; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function reset() {
    setPreview(null);
    setDone(null);
    setError(null);
    setFileError(null);
  }

  function onChoose(e: React.ChangeEvent<HTMLInputElement>) {
    reset();
    const f = e.target.files?.[0] ?? null;
    setFile(f);
    if (!f) return;
    // Checked here too so a huge file is never uploaded; the server checks again.
    if (f.size > MAX_BYTES) {
      setFileError(`The file is ${(f.size / 1024 / 1024).toFixed(1)} MB. Files must be 10 MB or smaller.`);
      return;
    }
    const fd = new FormData();
    fd.set("file", f);
    start(async () => {
      const r = await previewImportAction(fd);
      if (!r.ok) return setError(r.error);
      if (r.data.fileError) return setFileError(r.data.fileError);
      setPreview(r.data);
    });
  }

  function onApply() {
    if (!file) return;
    const fd = new FormData();
    fd.set("file", file);
    start(async () => {
      const r = await applyImportAction(fd);
      if (!r.ok) return setError(r.error);
      if (!r.data.applied) {
        setPreview(r.data.preview);
        setError("The file changed or has errors, so nothing was imported.");
        return;
      }
      setDone({ ...r.data.counts, rows: r.data.rows });
      setPreview(null);
      setFile(null);
      if (inputRef.current) inputRef.current.value = "";
    });
  }

  return (
    <div className="grid max-w-5xl gap-5">
      <Field
        label="CSV file"
        htmlFor="csv-file"
        error={fileError}
        description="Header row required. Columns: name and email (required), employee_id, department, title, manager_email, lifecycle_state; any other column is kept as an attribute. Up to 10 MB."
      >
        <Input ref={inputRef} id="csv-file" name="file" type="file" accept=".csv,text/csv" onChange={onChoose} disabled={pending} {...fieldAria("csv-file", { error: fileError, description: true })} />
      </Field>
      {pending ? <p role="status">Working…</p> : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {done ? (
        <Alert variant="success" title="Import complete">
          {done.rows} rows imported: {done.created} new, {done.updated} updated. <Link href="/identities">View identities</Link>
        </Alert>
      ) : null}
      {preview ? (
        <section aria-label="Import preview" className="grid gap-4">
          {preview.ok ? (
            <Alert variant="info" title="Ready to import">
              {preview.totals.rows} rows: {preview.willCreate} new, {preview.willUpdate} updated (matched by email).
              {preview.extraColumns.length ? ` Extra columns kept as attributes: ${preview.extraColumns.join(", ")}.` : ""} Nothing has been written yet.
            </Alert>
          ) : (
            <Alert variant="destructive" title={`${preview.totals.invalid} of ${preview.totals.rows} rows have errors`}>
              Nothing will be imported until every row is valid: fix the file and choose it again.
            </Alert>
          )}
          {preview.invalidRows.length ? <ImportErrorsTable preview={preview} /> : null}
          {preview.ok && preview.sampleRows.length ? <ImportSampleTable preview={preview} /> : null}
          <div className="flex gap-2">
            <Button onClick={onApply} disabled={!preview.ok || pending}>
              Apply import
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                reset();
                setFile(null);
                if (inputRef.current) inputRef.current.value = "";
              }}
            >
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
