import { type ReactNode, useEffect, useRef } from 'react';
import { useUi } from '../hooks/ui-context.ts';

/**
 * A view's h1. After the user navigates it takes focus, so keyboard and
 * screen-reader users land at the start of the new view instead of on a
 * button that no longer exists.
 */
export function ViewHeading({
  children,
  id,
  focus = true,
}: {
  children: ReactNode;
  id?: string;
  focus?: boolean;
}) {
  const { hasNavigated } = useUi();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated && focus) ref.current?.focus();
  }, [hasNavigated, focus]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="view-heading">
      {children}
    </h1>
  );
}
