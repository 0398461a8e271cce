"use client";
// Shown when a page throws (e.g. the database is unreachable); no internals leak to the reader.

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const fr = typeof document !== "undefined" && document.documentElement.lang === "fr";
  return (
    <>
      <h1 className="text-2xl font-bold">{fr ? "Une erreur est survenue" : "Something went wrong"}</h1>
      <p className="mt-2">{fr ? "La page n'a pas pu être affichée." : "The page could not be rendered."}</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-slate-400 px-3 py-1 focus-visible:outline-2 focus-visible:outline-blue-600">
        {fr ? "Réessayer" : "Try again"}
      </button>
    </>
  );
}
