// A page prerendered at build time (no data, no request input): the baseline of bench:http.
export const dynamic = "force-static";

export const metadata = { title: "Static probe", robots: { index: false } };

/** Static content only, so its requests/s measure Next serving a prerendered page. */
export default function BenchStaticPage() {
  return (
    <article>
      <h1 className="text-2xl font-bold">Outage Atlas</h1>
      <p className="mt-2">This page is prerendered at build time. It serves as the reference for the HTTP benchmark.</p>
    </article>
  );
}
