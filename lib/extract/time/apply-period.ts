// Shared by the digit and the word clocks: a stated half of the day turns a 12-hour reading into 24-hour.

/** "12 a.m." is midnight, "12 p.m." noon; "10 h du soir" is 22:00. */
export function applyPeriod(hour: number, period: "am" | "pm" | null): number {
  if (period === "am") return hour === 12 ? 0 : hour;
  if (period === "pm") return hour < 12 ? hour + 12 : hour;
  return hour;
}
