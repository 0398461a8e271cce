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

/** A server-rendered SVG bar chart, each bar labelled with its value (no client JS). */
export function BarChart({ bars, title, testId }: { bars: Bar[]; title: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (W - 20) / Math.max(1, bars.length);
  const bw = Math.min(44, slot * 0.7);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  return (
    <figure className="my-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600" tabIndex={0} aria-label={title}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="h-auto w-full min-w-[22rem] text-slate-900 dark:text-slate-100" data-testid={testId}>
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
