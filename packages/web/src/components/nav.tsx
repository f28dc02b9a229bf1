import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

/** The main sections: a bottom tab bar on phones, a side column on wider screens (see styles.css). */
export function Nav({ items }: { items: readonly NavItem[] }) {
  return (
    <nav className="nav" aria-label="Sections">
      <ul className="nav-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="nav-link">
              {item.icon}
              <span className="nav-label">{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
