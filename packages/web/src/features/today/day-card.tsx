import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import type { Space } from '../../lib/api-types';
import { formatCalendarDate } from '../../lib/format';
import { DiscoveredDateForm } from './discovered-date-form';

export function DayCard({ space }: { space: Space }) {
  const [editing, setEditing] = useState(false);
  if (space.discoveredOn === null || editing) {
    return (
      <Card title={editing ? 'Change the date' : 'Count the days, if you want to'} tone="calm">
        <p>
          Some people find it steadying to see how far they have come. If you add the day it came to light,
          Mend shows the count here. This is optional.
        </p>
        <DiscoveredDateForm initial={space.discoveredOn} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  return (
    <Card tone="calm" className="day-card">
      <p className="day-number">Day {space.dayNumber ?? 1}</p>
      <p>
        since it came to light on {formatCalendarDate(space.discoveredOn)}. Healing rarely goes in a straight
        line; every day you show up counts.
      </p>
      <Button variant="quiet" onClick={() => setEditing(true)}>
        Change the date
      </Button>
    </Card>
  );
}
