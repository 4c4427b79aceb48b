import type { HTMLAttributes } from "react";

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * A heading at a chosen level: the client's page starts at h1, the agency's
 * preview sits inside a page of its own and starts lower.
 */
export function Heading({
  level,
  ...props
}: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
