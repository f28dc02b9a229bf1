import { ButtonLink } from '../components/button';
import { Page } from '../components/page';

export function NotFoundPage() {
  return (
    <main id="main" className="main main-narrow">
      <Page title="This page isn't here" lead="The link may be old, or mistyped.">
        <ButtonLink to="/">Go to the start</ButtonLink>
      </Page>
    </main>
  );
}
