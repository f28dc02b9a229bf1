import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { formatDateTime } from '../../lib/format';
import { useStatus } from './api';
import { StatusForm } from './status-form';

interface StatusCardProps {
  hasPartner: boolean;
  partnerName: string | undefined;
  /** Using Mend with no space at all: there is nobody to share with, so no choice is offered. */
  solo?: boolean;
}

export function StatusCard({ hasPartner, partnerName, solo = false }: StatusCardProps) {
  const status = useStatus();
  if (status.isPending) return <Loading />;
  if (status.isError) return <Notice tone="error">{status.error.message}</Notice>;
  const { mine, partner } = status.data;
  return (
    <>
      {hasPartner && partner ? (
        <Card title={`${partnerName ?? 'Your partner'} shared`}>
          <blockquote className="status-quote">{partner.text}</blockquote>
          <p className="small">{formatDateTime(partner.at)}</p>
        </Card>
      ) : null}
      <Card title="How are you today?">
        <StatusForm mine={mine} hasPartner={hasPartner} partnerName={partnerName} solo={solo} />
      </Card>
    </>
  );
}
