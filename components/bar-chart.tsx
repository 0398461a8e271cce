/** A bar in a chart: its label under the axis, its value, and the text read out for it. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
}

const W = 800;
const H = 170;
const TOP = 20;
const BOTTOM = 36;

/** A server-rendered SVG bar chart, each bar labelled with its value (no client JS); on phones, where
 * an 800-unit drawing would shrink its labels to a few pixels, the same bars laid out as rows. */
export function BarChart({ bars, title, testId }: { bars: Bar[]; title: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (W - 20) / Math.max(1, bars.length);
  const bw = Math.min(44, slot * 0.7);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  return (
    <figure className="my-4" aria-label={title}>
      <ul className="grid gap-1 text-sm sm:hidden" data-testid={`${testId}-rows`} aria-hidden="true">
        {bars.map((b) => (
          <li key={b.key} className="grid grid-cols-[5.5rem_1fr] items-center gap-2">
            <span className="text-slate-700 dark:text-slate-300">{b.label}</span>
            <span className="grid grid-cols-[1fr_auto] items-center gap-2">
              {/* an SVG width, not an inline style: the CSP allows no inline styles */}
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-3 w-full">
                <rect width={Math.max(b.value > 0 ? 1 : 0, (100 * b.value) / max)} height={10} className="fill-red-600 dark:fill-red-500" />
              </svg>
              <span>{b.valueText}</span>
            </span>
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="hidden h-auto w-full text-slate-900 sm:block dark:text-slate-100" data-testid={testId}>
        <title>{title}</title>
        <line x1={10} x2={W - 10} y1={H - BOTTOM} y2={H - BOTTOM} className="stroke-slate-400" />
        {bars.map((b, i) => {
          const cx = 10 + slot * i + slot / 2;
          return (
            <g key={b.key}>
              <rect x={cx - bw / 2} y={y(b.value)} width={bw} height={Math.max(b.value > 0 ? 2 : 0, H - BOTTOM - y(b.value))} rx={2} className="fill-red-600 dark:fill-red-500">
                <title>{`${b.label}: ${b.valueText}`}</title>
              </rect>
              <text x={cx} y={y(b.value) - 5} textAnchor="middle" className="fill-current text-[11px]">{b.valueText}</text>
              <text x={cx} y={H - BOTTOM + 16} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">{b.label}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{bars.map((b) => `${b.label}: ${b.valueText}`).join("; ")}</figcaption>
    </figure>
  );
}
