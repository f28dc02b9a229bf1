import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { todayIso } from '../../lib/format';
import { downloadExport } from './api';

export function ExportSection() {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const start = async () => {
    setState('busy');
    try {
      await downloadExport(todayIso());
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <Card title="Export my data">
      <p>
        Download everything you wrote in Mend, and what was shared with you, as one file. Keep it somewhere
        private: anyone who opens the file can read it.
      </p>
      {state === 'done' ? <Notice tone="success">Your file is downloading.</Notice> : null}
      {state === 'failed' ? <Notice tone="error">The export did not work. Please try again.</Notice> : null}
      <Button variant="secondary" busy={state === 'busy'} onClick={start}>
        {state === 'busy' ? 'Preparing your file…' : 'Download my data'}
      </Button>
    </Card>
  );
}
