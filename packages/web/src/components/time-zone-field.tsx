import { type ReactNode, useId } from 'react';
import { deviceTimeZone, zoneWords } from '../lib/time-zone';
import { Button } from './button';
import { TextField } from './text-field';

/** Every zone this browser knows, sorted; null where `Intl.supportedValuesOf` is missing (older browsers). */
function knownZones(extra: readonly string[]): string[] | null {
  if (typeof Intl.supportedValuesOf !== 'function') return null;
  try {
    return [...new Set([...Intl.supportedValuesOf('timeZone'), ...extra])].sort();
  } catch {
    return null;
  }
}

interface Props {
  value: string;
  onChange: (zone: string) => void;
  hint: ReactNode;
  error?: string | undefined;
  /** This device's zone; the default reads it from the browser. */
  device?: string;
}

/** The time zone reminders and weeks follow: a list of zones, this device's one a tap away. */
export function TimeZoneField({ value, onChange, hint, error, device = deviceTimeZone() }: Props) {
  const id = useId();
  const zones = knownZones([value, device]);
  const other =
    value === device ? null : (
      <Button variant="quiet" className="zone-device" onClick={() => onChange(device)}>
        Use this device’s time zone: {zoneWords(device)}
      </Button>
    );
  if (!zones)
    return (
      <>
        <TextField
          label="Your time zone"
          hint={hint}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={error}
        />
        {other}
      </>
    );
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        Your time zone
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <select
        id={id}
        className="field-input field-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zoneWords(zone)}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {other}
    </div>
  );
}
