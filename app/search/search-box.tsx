"use client";
// The search page's only client component: typing updates ?q= after a pause (the URL is the
// state); without JavaScript the surrounding form submits normally.
import { useEffect, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

const DEBOUNCE_MS = 300;

/** A search input that replaces ?q= in the URL 300 ms after the last keystroke. */
export function SearchBox({ label, placeholder }: { label: string; placeholder: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(params?.get("q") ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const p = new URLSearchParams(params?.toString());
      if (next.trim()) p.set("q", next); else p.delete("q");
      p.delete("page"); // a new query starts at its first page
      router.replace(`${pathname}?${p.toString()}`, { scroll: false });
    }, DEBOUNCE_MS);
  }

  return (
    <input
      type="search" name="q" value={value} maxLength={200} aria-label={label} placeholder={placeholder} autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
