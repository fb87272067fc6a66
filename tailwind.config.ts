import type { Config } from 'tailwindcss'

// Semantic colours point at CSS variables (src/index.css) so light and dark share one set of
// class names, as shadcn/ui does.
const color = (name: string) => `var(--${name})`

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        background: color('background'),
        foreground: color('foreground'),
        card: color('card'),
        muted: { DEFAULT: color('muted'), foreground: color('muted-foreground') },
        accent: { DEFAULT: color('accent'), foreground: color('accent-foreground') },
        primary: { DEFAULT: color('primary'), foreground: color('primary-foreground') },
        destructive: color('destructive'),
        warning: color('warning'),
        success: color('success'),
        border: color('border'),
        input: color('input'),
        ring: color('ring'),
      },
      fontFamily: {
        // System fonts only: nothing is loaded from the network at run time.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
} satisfies Config
