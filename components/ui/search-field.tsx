import { Input } from "./input";

/** The "Search" box of a list's filter form (a GET form: the query lands in `?q=`). */
export function SearchField({ defaultValue, placeholder, className = "w-56", label = "Search" }: { defaultValue: string; placeholder: string; className?: string; label?: string }) {
  return (
    <div className="grid gap-1">
      <label htmlFor="q" className="text-sm font-medium">
        {label}
      </label>
      <Input id="q" name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} className={className} />
    </div>
  );
}
