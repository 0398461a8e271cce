import type { ReactNode } from "react";
import "./globals.css";

export const metadata = { title: "Outage Atlas", description: "Timelines of online service outages, from French and English sources." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
