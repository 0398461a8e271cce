// Fills <time data-local-time="en|fr" datetime="..."> with the time in the reader's zone.
(function () {
  for (const el of document.querySelectorAll("time[data-local-time]")) {
    const d = new Date(el.getAttribute("datetime") || "");
    if (Number.isNaN(d.getTime())) continue;
    const locale = el.getAttribute("data-local-time") === "fr" ? "fr-FR" : "en-GB";
    el.textContent = new Intl.DateTimeFormat(locale, {
      day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
    }).format(d);
  }
})();
