/** At least 44 × 44 px on touch screens (WCAG 2.5.5), as compact as before with a mouse. */
export const TOUCH_TARGET = 'pointer-coarse:min-h-11 pointer-coarse:min-w-11'
