import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import type { Role } from '../../lib/api-types';
import { useMe } from '../../lib/me';
import { useActionLive } from './api';
import './action.css';

/** Who is looking: their role and their partner's name (null until the partner has joined). */
export interface People {
  role: Role;
  partnerName: string | null;
}

const SECTIONS = [
  { to: '/promises', label: 'Promises' },
  { to: '/promises/plans', label: 'Plans' },
  { to: '/promises/updates', label: 'Updates' },
  { to: '/promises/ledger', label: 'Ledger' },
  { to: '/pillars', label: 'Pillars' },
] as const;

/** The consistent-action screens, one tap apart. */
function Sections() {
  return (
    <nav className="act-sections" aria-label="Keeping your word">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end className="act-section-link">
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface ShellProps {
  title: string;
  /** The page's intro; a function when it speaks differently to each partner (null: no shared space yet). */
  lead: ReactNode | ((people: People | null) => ReactNode);
  audience: ReactNode | ((people: People | null) => ReactNode);
  children: (people: People) => ReactNode;
}

/** One consistent-action screen: its page header, the section links, live refresh, and who is looking. */
export function ActionShell({ title, lead, audience, children }: ShellProps) {
  useActionLive();
  const me = useMe();
  if (!me.data) return <Loading />;
  const space = me.data.space;
  const people: People | null = space
    ? { role: space.role, partnerName: space.partner?.displayName ?? null }
    : null;
  return (
    <Page
      title={title}
      lead={typeof lead === 'function' ? lead(people) : lead}
      audience={typeof audience === 'function' ? audience(people) : audience}
    >
      <Sections />
      {people ? (
        <>
          {people.partnerName ? null : (
            <Notice>Your partner has not joined yet. What you add here waits for them.</Notice>
          )}
          {children(people)}
        </>
      ) : (
        <Notice>This part of Mend belongs to a shared space. Once you have one, it opens here.</Notice>
      )}
    </Page>
  );
}

/** "Ravi", or "your partner" before they have joined. */
export const partnerWord = (people: People) => people.partnerName ?? 'your partner';
