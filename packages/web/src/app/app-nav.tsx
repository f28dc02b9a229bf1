import { FeelingsIcon, PromisesIcon, SettingsIcon, TalkIcon, TodayIcon, UsIcon } from '../components/icons';
import { Nav, type NavItem } from '../components/nav';

const items: readonly NavItem[] = [
  { to: '/today', label: 'Today', icon: <TodayIcon /> },
  { to: '/talk', label: 'Talk', icon: <TalkIcon /> },
  { to: '/promises', label: 'Promises', icon: <PromisesIcon /> },
  { to: '/feelings', label: 'Feelings', icon: <FeelingsIcon /> },
  { to: '/us', label: 'Us', icon: <UsIcon /> },
  { to: '/settings', label: 'Settings', icon: <SettingsIcon /> },
];

export function AppNav() {
  return <Nav items={items} />;
}
