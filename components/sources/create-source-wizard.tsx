"use client";

import { Check, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { createSourceAction } from "@/app/(dashboard)/sources/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { SourceBaseFields } from "./base-fields";

export interface CatalogEntry {
  id: string;
  name: string;
  description: string;
}

export function CreateSourceWizard({ catalog, groups }: { catalog: CatalogEntry[]; groups: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<CatalogEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, start] = useTransition();

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? catalog.filter((c) => `${c.name} ${c.description}`.toLowerCase().includes(q)) : catalog;
  }, [catalog, query]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!selected) return;
    const fd = new FormData(e.currentTarget);
    fd.set("connector", selected.id);
    start(async () => {
      const r = await createSourceAction(fd);
      if (!r.ok) {
        setError(r.error);
        setFieldErrors(r.fieldErrors ?? {});
        return;
      }
      router.push(`/sources/${r.data.id}/base-configuration`);
    });
  }

  return (
    <div className="grid max-w-3xl gap-6">
      <section aria-labelledby="catalog-heading" className="grid gap-3">
        <h2 id="catalog-heading" className="text-lg font-semibold">
          1. Select a connector
        </h2>
        <div className="relative w-80">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <label htmlFor="connector-search" className="sr-only">
            Search connectors
          </label>
          <Input id="connector-search" type="search" placeholder="Search connectors" className="pl-8" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <p className="sr-only" role="status" aria-live="polite">
          {matches.length} connector{matches.length === 1 ? "" : "s"} found
        </p>
        {matches.length === 0 ? <p className="text-sm text-muted-foreground">No connector matches “{query}”.</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Connectors">
          {matches.map((c) => {
            const isSelected = selected?.id === c.id;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  aria-pressed={isSelected}
                  onClick={() => setSelected(c)}
                  className={cn(
                    "grid h-full w-full gap-1 rounded-lg border bg-card p-4 text-left hover:border-primary-border hover:bg-primary-subtle/40",
                    isSelected && "border-primary bg-primary-subtle ring-1 ring-primary",
                  )}
                >
                  <span className="flex items-center justify-between gap-2 font-semibold">
                    {c.name}
                    {isSelected ? <Check className="size-4 text-primary" aria-label="Selected" /> : null}
                  </span>
                  <span className="text-sm text-muted-foreground">{c.description}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      {selected ? (
        <Card>
          <CardHeader>
            <CardTitle>2. Name the {selected.name} source</CardTitle>
            <CardDescription>You configure the connection (Access Token) on the next page.</CardDescription>
          </CardHeader>
          <CardContent>
            <form onSubmit={onSubmit} className="grid gap-4" noValidate>
              {error ? <Alert variant="destructive">{error}</Alert> : null}
              <SourceBaseFields defaults={{}} groups={groups} fieldErrors={fieldErrors} />
              <div>
                <Button type="submit" disabled={pending}>
                  {pending ? "Creating…" : "Continue"}
                </Button>
              </div>
            </form>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
