// Series colours that read on both the light and the dark card (mid-tone, distinct hues).
export const chartPalette = ['#3b82f6', '#10b981', '#f59e0b', '#a855f7', '#ef4444', '#06b6d4', '#ec4899', '#84cc16'] as const
export const otherColor = '#94a3b8'
export const seriesColor = (index: number) => chartPalette[index % chartPalette.length]!

/** Axis, grid and tooltip styles from the theme's variables, so dark mode follows. */
export const axisTick = { fill: 'var(--muted-foreground)', fontSize: 12 }
export const gridStroke = 'var(--border)'
export const tooltipStyle = {
  contentStyle: { background: 'var(--card)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 12, color: 'var(--foreground)' },
  labelStyle: { color: 'var(--foreground)', fontWeight: 500 },
  cursor: { fill: 'var(--muted)', opacity: 0.5 },
}
