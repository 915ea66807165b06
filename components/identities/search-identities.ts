import type { ComboboxOption } from "@/components/ui/combobox";

/** Browser-side typeahead search; the route checks the session itself. */
export async function searchIdentityOptions(query: string): Promise<ComboboxOption[]> {
  const res = await fetch(`/api/identities/search?q=${encodeURIComponent(query)}`, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`Search failed (${res.status})`);
  const body = (await res.json()) as { results: ComboboxOption[] };
  return body.results;
}
