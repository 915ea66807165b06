"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { X } from "lucide-react";
import { cn } from "@/lib/utils";
import { controlClasses } from "./input";
import { Spinner } from "./spinner";

export type ComboboxOption = { id: string; label: string; description?: string };

export type ComboboxProps = {
  id: string;
  label: string;
  /** Render the label for screen readers only (e.g. in a compact filter bar). */
  hideLabel?: boolean;
  placeholder?: string;
  value: ComboboxOption | null;
  onChange: (value: ComboboxOption | null) => void;
  search: (query: string) => Promise<ComboboxOption[]>;
  minChars?: number;
  /** Renders `<input type="hidden" name={name} value={value?.id ?? ""}>` for plain form posts. */
  name?: string;
  disabled?: boolean;
  required?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  className?: string;
};

type Status = "idle" | "loading" | "done" | "error";

const DEBOUNCE_MS = 150;

/** Async typeahead following the WAI-ARIA combobox pattern (list autocomplete, manual selection). */
export function Combobox({
  id,
  label,
  hideLabel,
  placeholder,
  value,
  onChange,
  search,
  minChars = 2,
  name,
  disabled,
  required,
  className,
  ...aria
}: ComboboxProps) {
  const listId = `${id}-listbox`;
  const [query, setQuery] = useState(value?.label ?? "");
  const [syncedId, setSyncedId] = useState(value?.id ?? null);
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<ComboboxOption[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const requestId = useRef(0);

  // Follow external value changes (e.g. form reset) without an effect.
  if ((value?.id ?? null) !== syncedId) {
    setSyncedId(value?.id ?? null);
    setQuery(value?.label ?? "");
  }

  useEffect(() => {
    const pending = timer;
    const latest = requestId;
    return () => {
      clearTimeout(pending.current);
      latest.current++; // ignore any in-flight response after unmount
    };
  }, []);

  const trimmed = query.trim();
  const tooShort = trimmed.length < minChars;
  const expanded = open && !tooShort && results.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  function runSearch(q: string) {
    clearTimeout(timer.current);
    const current = ++requestId.current;
    setActive(-1);
    if (q.length < minChars) {
      setResults([]);
      setStatus("idle");
      return;
    }
    setStatus("loading");
    timer.current = setTimeout(async () => {
      try {
        const found = await search(q);
        if (current !== requestId.current) return; // stale response
        setResults(found);
        setStatus("done");
      } catch {
        if (current !== requestId.current) return;
        setResults([]);
        setStatus("error");
      }
    }, DEBOUNCE_MS);
  }

  function select(option: ComboboxOption) {
    clearTimeout(timer.current);
    requestId.current++;
    setSyncedId(option.id);
    setQuery(option.label);
    setOpen(false);
    setResults([]);
    setStatus("idle");
    setActive(-1);
    onChange(option);
  }

  function clear() {
    clearTimeout(timer.current);
    requestId.current++;
    setSyncedId(null);
    setQuery("");
    setOpen(false);
    setResults([]);
    setStatus("idle");
    setActive(-1);
    if (value) onChange(null);
  }

  function move(next: number) {
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = results.length - 1;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        e.preventDefault();
        if (!expanded) {
          if (tooShort) return;
          setOpen(true);
          if (results.length > 0) move(e.key === "ArrowDown" ? 0 : last);
          else if (status !== "loading") runSearch(trimmed);
          return;
        }
        if (e.key === "ArrowDown") move(active >= last ? 0 : active + 1);
        else move(active <= 0 ? last : active - 1);
        return;
      }
      case "Home":
      case "End":
        if (!expanded) return;
        e.preventDefault();
        move(e.key === "Home" ? 0 : last);
        return;
      case "Enter":
        if (!expanded) return;
        e.preventDefault(); // never submit the surrounding form while the list is open
        if (active >= 0 && results[active]) select(results[active]);
        return;
      case "Escape":
        if (open && !tooShort && status !== "idle") {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query || value) {
          e.preventDefault();
          clear();
        }
        return;
    }
  }

  let message = "";
  if (open && trimmed.length > 0 && tooShort) message = `Type at least ${minChars} letters`;
  else if (open && status === "done") message = results.length === 1 ? "1 result available" : results.length ? `${results.length} results available` : "No results";
  else if (open && status === "error") message = "Could not load matches";

  const visibleMessage = status === "loading" && results.length === 0 ? "Searching…" : expanded ? "" : message;

  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <label htmlFor={id} className={cn("text-sm font-medium leading-5 text-foreground", hideLabel && "sr-only")}>
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-required={required || undefined}
          aria-invalid={aria["aria-invalid"] || undefined}
          aria-describedby={aria["aria-describedby"]}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          disabled={disabled}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            if (value) {
              setSyncedId(null);
              onChange(null);
            }
            runSearch(e.target.value.trim());
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          className={cn(controlClasses, "h-9 py-1", value || status === "loading" ? "pr-9" : "pr-3")}
        />
        <div className="absolute inset-y-0 right-1 flex items-center">
          {status === "loading" ? (
            <Spinner className="mr-1.5 text-muted-foreground" />
          ) : value && !disabled ? (
            <button
              type="button"
              aria-label={`Clear ${label}`}
              onClick={() => {
                clear();
                inputRef.current?.focus();
              }}
              className="inline-flex size-7 items-center justify-center rounded text-muted-foreground hover:bg-accent hover:text-foreground"
            >
              <X aria-hidden="true" className="size-4" />
            </button>
          ) : null}
        </div>

        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!expanded}
          onMouseDown={(e) => e.preventDefault() /* keep focus in the input (options, scrollbar) */}
          className="absolute top-full right-0 left-0 z-50 mt-1 max-h-64 overflow-y-auto rounded-md border bg-card py-1 shadow-lg"
        >
          {results.map((option, i) => (
            <li
              key={option.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              aria-label={option.description ? `${option.label}, ${option.description}` : undefined}
              onMouseMove={() => active !== i && setActive(i)}
              onClick={() => select(option)}
              className={cn(
                "cursor-pointer px-3 py-1.5 text-sm",
                i === active && "bg-primary-subtle text-primary-subtle-foreground",
              )}
            >
              <div className="truncate font-medium">{option.label}</div>
              {option.description ? (
                <div className={cn("truncate text-xs", i === active ? "text-primary-subtle-foreground" : "text-muted-foreground")}>
                  {option.description}
                </div>
              ) : null}
            </li>
          ))}
        </ul>

        {open && visibleMessage ? (
          <div
            aria-hidden="true"
            className={cn(
              "absolute top-full right-0 left-0 z-50 mt-1 rounded-md border bg-card px-3 py-2 text-sm shadow-lg",
              status === "error" && !tooShort ? "text-destructive" : "text-muted-foreground",
            )}
          >
            {visibleMessage}
          </div>
        ) : null}
      </div>

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
      {name ? <input type="hidden" name={name} value={value?.id ?? ""} /> : null}
    </div>
  );
}
