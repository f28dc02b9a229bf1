import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { formatDateTime } from '../../lib/format';
import { useAccessLog } from './api';

function recordName(recordType: string): string {
  return recordType.replace(/[_-]+/g, ' ');
}

export function AccessLogSection() {
  const log = useAccessLog();
  return (
    <Card title="Who opened what you shared">
      <p>Each time your partner opens something you chose to share with them, it is listed here.</p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <Notice tone="error">{log.error.message}</Notice> : null}
      {log.data && log.data.entries.length === 0 ? (
        <p className="small">No one has opened anything you shared yet.</p>
      ) : null}
      {log.data && log.data.entries.length > 0 ? (
        <ul className="log">
          {log.data.entries.map((entry) => (
            <li className="log-entry" key={entry.id}>
              <span>
                {entry.viewer.displayName} opened your {recordName(entry.recordType)}
              </span>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
