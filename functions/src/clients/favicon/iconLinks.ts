import { Parser } from "htmlparser2";
import { mediaType } from "../../net/safeHttp";
import { ICON_TYPES } from "./iconBytes";

interface IconLink {
  href: string;
  /** 0 for rel="icon" (and "shortcut icon"), 1 for apple-touch-icon. */
  rank: number;
  /** Distance of the declared size from 32-64 px; 1 when no size is given. */
  distance: number;
  order: number;
}

/**
 * The icon links of a page, best first: rel="icon" before apple-touch-icon,
 * then the declared size closest to 32-64 px, then page order. Hrefs are
 * resolved against <base href> or the page URL; data: hrefs are kept as is.
 * htmlparser2 tokenizes in one linear pass (hostile markup cannot make it
 * slow), skips comments and raw text such as <script>, and decodes entities.
 */
export function findIconLinks(html: string, pageUrl: string): string[] {
  const links: IconLink[] = [];
  let base = pageUrl;
  let sawBase = false;
  // With scripting on, as in any browser, <noscript> holds text, not links.
  let inNoscript = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "noscript") inNoscript++;
        if (inNoscript > 0) return;
        if (name === "base" && !sawBase && attrs.href !== undefined) {
          sawBase = true;
          const resolved = resolveHref(attrs.href, pageUrl);
          if (resolved && !resolved.startsWith("data:")) base = resolved;
          return;
        }
        if (name !== "link") return;
        const rel = (attrs.rel ?? "").toLowerCase().split(/\s+/);
        const rank = rel.includes("icon")
          ? 0
          : rel.includes("apple-touch-icon") || rel.includes("apple-touch-icon-precomposed")
            ? 1
            : -1;
        if (rank < 0) return;
        const type = mediaType(attrs.type);
        if (type !== "" && !ICON_TYPES.has(type)) return;
        const href = resolveHref(attrs.href ?? "", base);
        if (!href) return;
        links.push({ href, rank, distance: sizeDistance(attrs.sizes), order: links.length });
      },
      onclosetag(name) {
        if (name === "noscript" && inNoscript > 0) inNoscript--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  links.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.order - b.order);
  return [...new Set(links.map((link) => link.href))];
}

function resolveHref(raw: string, base: string): string | null {
  const href = raw.trim();
  if (href === "") return null;
  if (/^data:/i.test(href)) return href;
  try {
    const url = new URL(href, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

function sizeDistance(sizes: string | undefined): number {
  if (!sizes?.trim()) return 1;
  let best = Number.POSITIVE_INFINITY;
  for (const token of sizes.toLowerCase().trim().split(/\s+/)) {
    if (token === "any") best = 0;
    const match = /^(\d{1,5})x(\d{1,5})$/.exec(token);
    if (!match) continue;
    const size = Math.max(Number(match[1]), Number(match[2]));
    best = Math.min(best, size < 32 ? 32 - size : size > 64 ? size - 64 : 0);
  }
  return Number.isFinite(best) ? best : 1;
}
