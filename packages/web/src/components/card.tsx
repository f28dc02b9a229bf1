import { type ReactNode, useId } from 'react';

interface CardProps {
  title?: string;
  tone?: 'plain' | 'calm' | 'care';
  children: ReactNode;
  className?: string;
}

/** A section of a page; with a title it becomes a labelled region with an h2. */
export function Card({ title, tone = 'plain', children, className }: CardProps) {
  const id = useId();
  return (
    <section
      className={['card', `card-${tone}`, className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title ? id : undefined}
    >
      {title ? (
        <h2 className="card-title" id={id}>
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
