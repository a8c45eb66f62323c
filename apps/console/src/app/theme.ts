// Mantine theme: contrast first (WCAG AA for text on every variant), compact density for lists.
import { createTheme, defaultVariantColorsResolver, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

// Light, outline and subtle variants (badges, chips, alerts, buttons) write in the colour's darkest
// shade, darkened further: Mantine's shade 9 of green, yellow or orange is under 4.5:1 on its tint.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const base = typeof input.color === 'string' ? input.color.split('.')[0] : undefined;
  if (base && base in input.theme.colors && (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle')) {
    const dark = `color-mix(in srgb, var(--mantine-color-${base}-9), black 30%)`;
    return { ...colors, color: dark, ...(input.variant === 'outline' ? { border: `1px solid var(--mantine-color-${base}-7)` } : {}) };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  autoContrast: true,
  luminanceThreshold: 0.35,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  variantColorResolver,
  focusRing: 'auto',
});

// "Dimmed" text in Mantine's default gray-6 is below 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
