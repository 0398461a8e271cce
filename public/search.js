// Search as you type: 300 ms after the last keystroke, fetch the results page for the form's
// current values, swap its results in, and keep the URL in step (the URL is the state). Without
// this script the form submits normally.
(function () {
  const form = document.querySelector("form[data-live-search]");
  const output = document.getElementById("search-output");
  if (!form || !output || !window.fetch || !window.DOMParser) return;
  let timer = 0;
  let latest = 0;
  form.addEventListener("input", function (e) {
    if (!e.target || e.target.name !== "q") return;
    clearTimeout(timer);
    timer = setTimeout(async function () {
      const params = new URLSearchParams(new FormData(form));
      for (const [k, v] of [...params]) if (!v) params.delete(k); // keep the URL short
      const url = "/search" + (params.toString() ? "?" + params : "");
      const ticket = ++latest;
      try {
        const res = await fetch(url, { headers: { accept: "text/html" } });
        const html = await res.text();
        if (ticket !== latest) return; // a newer query went out meanwhile
        const next = new DOMParser().parseFromString(html, "text/html").getElementById("search-output");
        if (!next) return;
        output.replaceChildren(...next.childNodes);
        history.replaceState(null, "", url);
      } catch (_) {
        /* offline or aborted: the form still submits */
      }
    }, 300);
  });
})();
