import type { ReactNode } from 'react';
import { Card } from '../../components/card';

/** Shown first whenever someone does not answer a plain "yes" to feeling safe. */
export function SafetyResources({ children }: { children?: ReactNode }) {
  return (
    <Card title="Your safety comes first" tone="care">
      <p>Thank you for telling us. You don't need to explain anything here.</p>
      <ul className="list">
        <li>
          <strong>If you are in danger right now,</strong> call your local emergency number.
        </li>
        <li>
          A <strong>domestic-abuse helpline</strong> can listen and help you plan, in confidence. Some are
          listed below. If your partner may check this device, call from another one.
        </li>
        <li>
          <strong>You can use Mend on your own.</strong> Nothing here needs a partner, and no one is told you
          use it.
        </li>
        <li>
          Tools that let a partner see more of your life (like shared locations or messages) stay{' '}
          <strong>switched off</strong> for you.
        </li>
        <li>
          <strong>Quick exit</strong>, at the top of every screen, or the <kbd>Esc</kbd> key, leaves Mend at
          once.
        </li>
      </ul>
      {children}
    </Card>
  );
}
