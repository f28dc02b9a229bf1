import { type ReactNode, useEffect, useRef } from 'react';

interface PageProps {
  title: string;
  /** What this screen is for, in a sentence or two. */
  lead: ReactNode;
  /** Who will see what is done here. */
  audience?: ReactNode;
  /**
   * The browser tab title. It lands in browser history, so sensitive screens pass a neutral one.
   * Defaults to `title`.
   */
  tabTitle?: string;
  children?: ReactNode;
}

let firstPageShown = false;

/** One screen: a single h1, what it is for, who will see it, then its content. */
export function Page({ title, lead, audience, tabTitle, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${tabTitle ?? title} · Mend`;
  }, [title, tabTitle]);
  useEffect(() => {
    // After an in-app navigation, start a screen reader (and the keyboard) at the new page's title.
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <div className="page-lead">{lead}</div>
        {audience ? (
          <p className="page-audience">
            <span className="page-audience-label">Who will see it: </span>
            {audience}
          </p>
        ) : null}
      </header>
      {children}
    </div>
  );
}
