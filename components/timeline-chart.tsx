import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatShortDate, formatTime } from "../lib/i18n/format";
import type { TimelineGeometry } from "../app/_lib/timeline-geometry";

type Props = { g: TimelineGeometry; lang: Lang; t: Messages };
const outageFill = "fill-red-600 dark:fill-red-500";
const recoveryFill = "fill-amber-500 dark:fill-amber-400";

function description(g: TimelineGeometry, lang: Lang, t: Messages): string {
  const at = (f: number) => {
    const s = g.segments.find((seg) => f <= seg.x1) ?? g.segments[0];
    return `${formatTime(new Date(s.from + ((f - s.x0) / (s.x1 - s.x0)) * (s.to - s.from)).toISOString(), lang)} UTC`;
  };
  return t.timelineChartDesc(at(g.bands[0].x0), at(g.bands[g.bands.length - 1].x1));
}

/** The incident as a picture, across on wide screens and down on phones, with its legend. */
export function TimelineChart({ g, lang, t }: Props) {
  return (
    <figure className="my-4" aria-label={t.timelineChart}>
      <HorizontalChart g={g} lang={lang} t={t} />
      <VerticalChart g={g} lang={lang} t={t} />
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300" data-testid="chart-legend">
        <span><span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm bg-red-600 align-middle dark:bg-red-500" />{t.phaseOutage}</span>
        {g.bands.length > 1 && <span><span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm bg-amber-500 align-middle dark:bg-amber-400" />{t.phaseRecovery}</span>}
        {g.marks.some((m) => m.approximate) && <span>{t.approximateHelp}</span>}
        {g.segments.length > 1 && <span>⫽ {t.chartLaterHelp}</span>}
        <span>UTC</span>
      </figcaption>
    </figure>
  );
}

const W = 800;
const PAD_X = 16;
const BAND_Y = 58;
const BAND_H = 26;
const X = (f: number) => PAD_X + f * (W - 2 * PAD_X);

/** Across: outage and recovery bands, numbered event marks, a UTC axis broken before the later zone. */
function HorizontalChart({ g, lang, t }: Props) {
  const axisY = BAND_Y + BAND_H + 8;
  return (
    <svg viewBox={`0 0 ${W} 150`} role="img" aria-labelledby="tl-title tl-desc" className="hidden h-auto w-full text-slate-900 sm:block dark:text-slate-100" data-testid="timeline-chart">
      <title id="tl-title">{t.timelineChart}</title>
      <desc id="tl-desc">{description(g, lang, t)}</desc>
      {g.bands.map((b) => (
        <g key={b.phase}>
          <rect x={X(b.x0)} y={BAND_Y} width={Math.max(2, X(b.x1) - X(b.x0))} height={BAND_H} rx={3} className={b.phase === "outage" ? outageFill : recoveryFill} />
          {b.open && <path d={`M${X(b.x1)} ${BAND_Y} l12 ${BAND_H / 2} l-12 ${BAND_H / 2} z`} className={b.phase === "outage" ? outageFill : recoveryFill} />}
          {X(b.x1) - X(b.x0) > 16 + 7.5 * (b.phase === "outage" ? t.phaseOutage : t.phaseRecovery).length && (
            <text x={X(b.x0) + 6} y={BAND_Y + 17} className="fill-white text-[13px] font-semibold dark:fill-slate-950">{b.phase === "outage" ? t.phaseOutage : t.phaseRecovery}</text>
          )}
        </g>
      ))}
      {g.marks.map((m) => (
        <g key={m.n} data-testid="chart-mark" data-x={m.x.toFixed(4)} data-at={m.at}>
          <line x1={X(m.x)} x2={X(m.x)} y1={14 + m.row * 14} y2={BAND_Y + BAND_H} className="stroke-slate-500" strokeWidth={1} />
          <circle cx={X(m.x)} cy={10 + m.row * 14} r={7} className={m.approximate ? "fill-white stroke-slate-800 dark:fill-slate-950 dark:stroke-slate-200" : "fill-slate-800 dark:fill-slate-200"} strokeWidth={1.5} strokeDasharray={m.approximate ? "2 2" : undefined} />
          <text x={X(m.x)} y={14 + m.row * 14} textAnchor="middle" className={`text-[10px] font-bold ${m.approximate ? "fill-slate-900 dark:fill-slate-100" : "fill-white dark:fill-slate-950"}`}>{m.n}</text>
        </g>
      ))}
      {g.segments.map((s, i) => (
        <g key={i}>
          <line x1={X(s.x0)} x2={X(s.x1)} y1={axisY} y2={axisY} className="stroke-slate-400" />
          {i > 0 && (
            <>
              <text x={(X(g.segments[i - 1].x1) + X(s.x0)) / 2} y={axisY + 5} textAnchor="middle" className="fill-current text-[14px]">⫽</text>
              <text x={X(s.x0)} y={BAND_Y - 4} className="fill-slate-600 text-[12px] italic dark:fill-slate-400">{t.chartLater} →</text>
            </>
          )}
        </g>
      ))}
      {g.ticks.map((tk) => (
        <g key={tk.at}>
          <line x1={X(tk.x)} x2={X(tk.x)} y1={axisY - 4} y2={axisY + 4} className="stroke-slate-500" />
          <text x={X(tk.x)} y={axisY + 20} textAnchor="middle" className="fill-current text-[12px]">{formatTime(tk.at, lang)}</text>
          {tk.newDay && <text x={X(tk.x)} y={axisY + 36} textAnchor={tk.x < 0.1 ? "start" : tk.x > 0.9 ? "end" : "middle"} className="fill-slate-600 text-[11px] dark:fill-slate-400">{formatShortDate(tk.at, lang)}</text>}
        </g>
      ))}
    </svg>
  );
}

const VW = 340;
const PAD_Y = 20;
const AXIS_X = 120;

/** Down, for phones: time runs from top to bottom with labels at full size. */
function VerticalChart({ g, lang, t }: Props) {
  const H = Math.max(320, 60 + g.marks.length * 34);
  const Y = (f: number) => PAD_Y + f * (H - 2 * PAD_Y);
  return (
    <svg viewBox={`0 0 ${VW} ${H}`} role="img" aria-labelledby="tlv-title tlv-desc" className="h-auto w-full max-w-sm text-slate-900 sm:hidden dark:text-slate-100" data-testid="timeline-chart-vertical">
      <title id="tlv-title">{t.timelineChart}</title>
      <desc id="tlv-desc">{description(g, lang, t)}</desc>
      {g.segments.map((s, i) => (
        <g key={i}>
          <line x1={AXIS_X} x2={AXIS_X} y1={Y(s.x0)} y2={Y(s.x1)} className="stroke-slate-400" />
          {i > 0 && <text x={AXIS_X + 40} y={Y(s.x0) - 4} className="fill-slate-600 text-[13px] italic dark:fill-slate-400">{t.chartLater} ↓</text>}
        </g>
      ))}
      {g.bands.map((b) => (
        <rect key={b.phase} x={AXIS_X + 6} y={Y(b.x0)} width={22} height={Math.max(2, Y(b.x1) - Y(b.x0))} rx={3} className={b.phase === "outage" ? outageFill : recoveryFill} />
      ))}
      {g.ticks.map((tk) => (
        <g key={tk.at}>
          <line x1={AXIS_X - 4} x2={AXIS_X + 4} y1={Y(tk.x)} y2={Y(tk.x)} className="stroke-slate-500" />
          <text x={AXIS_X - 8} y={Y(tk.x) + 4} textAnchor="end" className="fill-current text-[13px]">
            {tk.newDay ? `${formatShortDate(tk.at, lang)} ` : ""}{formatTime(tk.at, lang)}
          </text>
        </g>
      ))}
      {g.marks.map((m) => {
        const cx = AXIS_X + 50 + m.row * 26;
        return (
          <g key={m.n}>
            <line x1={AXIS_X + 28} x2={cx - 9} y1={Y(m.x)} y2={Y(m.x)} className="stroke-slate-500" />
            <circle cx={cx} cy={Y(m.x)} r={9} className={m.approximate ? "fill-white stroke-slate-800 dark:fill-slate-950 dark:stroke-slate-200" : "fill-slate-800 dark:fill-slate-200"} strokeWidth={1.5} strokeDasharray={m.approximate ? "2 2" : undefined} />
            <text x={cx} y={Y(m.x) + 4} textAnchor="middle" className={`text-[12px] font-bold ${m.approximate ? "fill-slate-900 dark:fill-slate-100" : "fill-white dark:fill-slate-950"}`}>{m.n}</text>
          </g>
        );
      })}
    </svg>
  );
}
