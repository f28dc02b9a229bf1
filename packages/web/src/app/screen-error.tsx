import { Component, type ReactNode } from 'react';
import { Button, ButtonLink } from '../components/button';
import { Page } from '../components/page';

interface Props {
  /** The current path: when it changes after a failure, the screen is tried again. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Catches a screen that fails to render or to load (a bug, or its chunk unreachable offline), so the header and its
 * quick exit stay and the person is told plainly what to do, instead of a blank page. Moving to another path tries
 * again; until something fails it renders its children as they are (no remount on navigation).
 */
export class ScreenError extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="main main-narrow">
        <Page
          title="This screen didn't open"
          lead="Something went wrong on our side, or the connection dropped while it loaded. Nothing you had already saved is affected."
        >
          <div className="actions">
            <Button onClick={() => window.location.reload()}>Try again</Button>
            <ButtonLink to="/" variant="secondary">
              Go to the start
            </ButtonLink>
          </div>
        </Page>
      </main>
    );
  }
}
