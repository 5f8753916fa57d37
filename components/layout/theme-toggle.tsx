"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useState } from "react";
import { useHydrated } from "../ui/use-hydrated";
import { THEMES, type Theme } from "./theme";

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** Cycles system → light → dark. The choice lives in a cookie so the server renders it. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
  const Icon = ICONS[theme];
  const ready = useHydrated();
  function choose() {
    setTheme(next);
    document.documentElement.classList.remove("light", "dark");
    if (next !== "system") document.documentElement.classList.add(next);
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <button
      type="button"
      onClick={choose}
      data-ready={ready || undefined}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md border border-border text-muted hover:bg-surface-2 hover:text-fg"
      aria-label={`Theme: ${theme}. Switch to ${next}`}
      title={`Theme: ${theme} (switch to ${next})`}
    >
      <Icon aria-hidden className="h-4 w-4" />
    </button>
  );
}
