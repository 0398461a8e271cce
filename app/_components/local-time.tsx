"use client";
// The only client component: times in the reader's own time zone, which the server cannot know.
import { useEffect, useState } from "react";

/** `iso` formatted in the browser's time zone and locale `lang`; empty until mounted. */
export function LocalTime({ iso, lang }: { iso: string; lang: string }) {
  const [text, setText] = useState("");
  useEffect(() => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return;
    setText(
      new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
        day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
      }).format(d),
    );
  }, [iso, lang]);
  return <time dateTime={iso} data-testid="local-time">{text}</time>;
}
