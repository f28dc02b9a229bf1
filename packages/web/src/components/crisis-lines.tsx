import { useState } from 'react';
import { CRISIS_LINES, DIRECTORY, dialParts, guessCountry } from '../lib/crisis-lines';
import { Card } from './card';

/** Crisis lines for the chosen country, from the list that ships with Mend; each number is a tap to call. */
export function CrisisLines() {
  const [country, setCountry] = useState(() => guessCountry(navigator.languages ?? [navigator.language]));
  const entry = CRISIS_LINES[country];
  return (
    <Card title="If you are in crisis" tone="care">
      <p>
        If you might act on thoughts of harming yourself, or you are in danger, call your local emergency
        number now.
      </p>
      <div className="field">
        <label className="field-label" htmlFor="crisis-country">
          Country
        </label>
        <select
          id="crisis-country"
          className="field-input"
          value={country}
          onChange={(e) => setCountry(e.target.value)}
        >
          {Object.entries(CRISIS_LINES).map(([code, c]) => (
            <option key={code} value={code}>
              {c.country}
            </option>
          ))}
        </select>
      </div>
      <ul className="list crisis-lines">
        {entry?.lines.map((line) => (
          <li key={line.name}>
            <strong>{line.name}</strong>:{' '}
            {dialParts(line.contact).map((part, i) =>
              part.dial ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
                <a key={i} className="dial" href={`tel:${part.dial}`}>
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )}
          </li>
        ))}
        <li>
          Elsewhere:{' '}
          <a href={DIRECTORY.url} rel="noreferrer" target="_blank">
            {DIRECTORY.name}
          </a>
        </li>
      </ul>
    </Card>
  );
}
