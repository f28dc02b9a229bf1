import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'success' | 'error';
  children: ReactNode;
}

/** A short message. Errors interrupt politely (role=alert); confirmations are announced as status. */
export function Notice({ tone = 'info', children }: NoticeProps) {
  const role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined;
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
