// RFC 822 dates for RSS <pubDate>, keeping the outlet's own offset as real feeds do.

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const isoPattern = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|([+-])(\d\d):(\d\d))$/;

/** "2021-10-04T13:05:00-04:00" → "Mon, 04 Oct 2021 13:05:00 -0400" (local wall time and offset kept). */
export function formatRfc822(iso: string): string {
  const m = iso.match(isoPattern);
  if (!m) throw new Error(`demo: not an ISO 8601 time with offset: ${iso}`);
  const [, y, mo, d, h, mi, s, z, sign, oh, om] = m;
  const weekday = days[new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay()];
  const offset = z === "Z" ? "+0000" : `${sign}${oh}${om}`;
  return `${weekday}, ${d} ${months[+mo - 1]} ${y} ${h}:${mi}:${s} ${offset}`;
}
