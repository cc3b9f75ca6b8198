import { setThemePreference, type ThemePreference, useThemePreference } from '../../lib/theme';

const CHOICES: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeToggle() {
  const preference = useThemePreference();
  return (
    <label className="theme-toggle">
      <span className="theme-toggle__label">Theme</span>
      <select
        className="select select--small"
        value={preference}
        onChange={(event) => setThemePreference(event.target.value as ThemePreference)}
      >
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
