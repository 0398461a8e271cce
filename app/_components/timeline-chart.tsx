import type { Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { formatDate, formatTime } from "../../lib/i18n/format";
import type { TimelineGeometry } from "../_lib/timeline-geometry";

const W = 800;
const PAD_X = 16;
const BAND_Y = 58;
const BAND_H = 26;
const X = (f: number) => PAD_X + f * (W - 2 * PAD_X);

/** The incident as a picture: outage and recovery bands, numbered event marks, a UTC time axis. */
export function TimelineChart({ g, lang, t }: { g: TimelineGeometry; lang: Lang; t: Messages }) {
  const outage = g.bands[0];
  const desc = t.timelineChartDesc(
    `${formatTime(new Date(g.from + outage.x0 * (g.to - g.from)).toISOString(), lang)} UTC`,
    `${formatTime(new Date(g.from + (g.bands[g.bands.length - 1].x1) * (g.to - g.from)).toISOString(), lang)} UTC`,
  );
  return (
    <figure className="my-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600" tabIndex={0} aria-label={t.timelineChart}>
      <svg viewBox={`0 0 ${W} 150`} role="img" aria-labelledby="tl-title tl-desc" className="h-auto w-full min-w-[36rem] text-slate-900 dark:text-slate-100" data-testid="timeline-chart">
        <title id="tl-title">{t.timelineChart}</title>
        <desc id="tl-desc">{desc}</desc>
        {g.bands.map((b) => (
          <g key={b.phase}>
            <rect x={X(b.x0)} y={BAND_Y} width={Math.max(2, X(b.x1) - X(b.x0))} height={BAND_H} rx={3}
              className={b.phase === "outage" ? "fill-red-600 dark:fill-red-500" : "fill-amber-500 dark:fill-amber-400"} />
            {b.open && <path d={`M${X(b.x1)} ${BAND_Y} l12 ${BAND_H / 2} l-12 ${BAND_H / 2} z`} className={b.phase === "outage" ? "fill-red-600 dark:fill-red-500" : "fill-amber-500 dark:fill-amber-400"} />}
            {X(b.x1) - X(b.x0) > 16 + 7.5 * (b.phase === "outage" ? t.phaseOutage : t.phaseRecovery).length && (
              <text x={X(b.x0) + 6} y={BAND_Y + 17} className="fill-white text-[13px] font-semibold dark:fill-slate-950">
                {b.phase === "outage" ? t.phaseOutage : t.phaseRecovery}
              </text>
            )}
          </g>
        ))}
        {g.marks.map((m) => (
          <g key={m.n}>
            <line x1={X(m.x)} x2={X(m.x)} y1={14 + m.row * 14} y2={BAND_Y + BAND_H} className="stroke-slate-500" strokeWidth={1} />
            <circle cx={X(m.x)} cy={10 + m.row * 14} r={7} className="fill-slate-800 dark:fill-slate-200" />
            <text x={X(m.x)} y={14 + m.row * 14} textAnchor="middle" className="fill-white text-[10px] font-bold dark:fill-slate-950">{m.n}</text>
          </g>
        ))}
        <line x1={PAD_X} x2={W - PAD_X} y1={BAND_Y + BAND_H + 8} y2={BAND_Y + BAND_H + 8} className="stroke-slate-400" />
        {g.ticks.map((tk) => (
          <g key={tk.at}>
            <line x1={X(tk.x)} x2={X(tk.x)} y1={BAND_Y + BAND_H + 4} y2={BAND_Y + BAND_H + 12} className="stroke-slate-500" />
            <text x={X(tk.x)} y={BAND_Y + BAND_H + 28} textAnchor="middle" className="fill-current text-[12px]">{formatTime(tk.at, lang)}</text>
            {tk.newDay && <text x={X(tk.x)} y={BAND_Y + BAND_H + 44} textAnchor={tk.x < 0.1 ? "start" : tk.x > 0.85 ? "end" : "middle"} className="fill-slate-600 text-[11px] dark:fill-slate-400">{formatDate(tk.at, lang)}</text>}
          </g>
        ))}
        <text x={W - PAD_X} y={BAND_Y + BAND_H + 44} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">UTC</text>
      </svg>
    </figure>
  );
}
