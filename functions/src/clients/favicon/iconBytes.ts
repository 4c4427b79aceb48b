import { fileTypeFromBuffer } from "file-type";
import { Failure } from "../../net/failure";

/**
 * Which bytes are kept as an icon, and labelled as what: raster images are
 * recognised by their content (file-type), never by what the server claims;
 * SVG, which file-type cannot recognise, only when served as SVG and harmless.
 */

/** Largest icon kept: it is stored inline in a Firestore document. */
export const MAX_FAVICON_BYTES = 16 * 1024;

/** A data: icon percent-encodes at most three characters per byte. */
const MAX_DATA_URL_CHARS = MAX_FAVICON_BYTES * 3 + 1024;

const SVG = "image/svg+xml";

/** Media types an icon link may declare. */
export const ICON_TYPES = new Set([
  "image/png",
  "image/x-icon",
  "image/vnd.microsoft.icon",
  SVG,
  "image/jpeg",
  "image/gif",
  "image/webp",
]);

/** Content types that say nothing; the bytes decide (never as SVG). */
const GENERIC_TYPES = new Set([
  "",
  "application/octet-stream",
  "binary/octet-stream",
  "application/x-octet-stream",
  "application/binary",
  "application/unknown",
]);

/** Raster formats kept, by file-type's extension, and the type they are stored as. */
const RASTER_TYPES: ReadonlyMap<string, string> = new Map([
  ["png", "image/png"],
  ["apng", "image/png"], // an animated PNG is a PNG
  ["gif", "image/gif"],
  ["jpg", "image/jpeg"],
  ["webp", "image/webp"],
  ["ico", "image/x-icon"],
]);

/** ICONDIR (6 bytes) and at least one 16-byte image entry. */
const MIN_ICO_BYTES = 22;

/** Whether a response of this content type may hold an icon at all. */
export function mayBeIcon(claimed: string): boolean {
  return claimed.startsWith("image/") || GENERIC_TYPES.has(claimed);
}

/** The icon as a data URL, after checking its size and what its bytes are. */
export async function toDataUrl(claimed: string, body: Buffer): Promise<string> {
  if (body.length === 0) throw new Failure("empty body");
  if (body.length > MAX_FAVICON_BYTES) throw new Failure(`larger than ${MAX_FAVICON_BYTES} bytes`);
  const type = await iconType(claimed, body);
  if (!type) throw new Failure(`bytes are not a valid ${claimed || "image"}`);
  return `data:${type};base64,${body.toString("base64")}`;
}

/**
 * The type to store: raster formats must be recognised from their bytes (and
 * are labelled by them), SVG only when the server says SVG and it looks harmless.
 */
async function iconType(claimed: string, body: Buffer): Promise<string | null> {
  const sniffed = await sniffRaster(body);
  if (claimed === SVG) return sniffed ?? (isHarmlessSvg(body) ? SVG : null);
  if (!mayBeIcon(claimed) || !sniffed) return null;
  if (sniffed === "image/x-icon" && claimed === "image/vnd.microsoft.icon") return claimed;
  return sniffed;
}

async function sniffRaster(body: Buffer): Promise<string | null> {
  const found = await fileTypeFromBuffer(body);
  const type = found ? RASTER_TYPES.get(found.ext) : undefined;
  if (!type) return null;
  // file-type reads only the 4-byte ICO signature; an icon also lists at least one image.
  if (found?.ext === "ico" && (body.length < MIN_ICO_BYTES || body.readUInt16LE(4) === 0)) {
    return null;
  }
  return type;
}

/** An SVG shown through <img> runs no script; refuse any that tries anyway. */
function isHarmlessSvg(body: Buffer): boolean {
  const text = body.toString("utf8");
  return (
    /<svg[\s>]/i.test(text) &&
    !/<script|<foreignobject|<!entity|javascript:|\son[a-z]+\s*=/i.test(text)
  );
}

/** A data: icon from the page, re-encoded after the same checks as a fetched one. */
export async function dataIcon(href: string): Promise<string> {
  if (href.length > MAX_DATA_URL_CHARS) throw new Failure("data: icon is too large");
  const comma = href.indexOf(",");
  if (comma < 0) throw new Failure("malformed data: icon");
  const meta = href
    .slice("data:".length, comma)
    .split(";")
    .map((part) => part.trim().toLowerCase());
  const claimed = meta[0] ?? "";
  const payload = href.slice(comma + 1);
  let body: Buffer;
  try {
    if (meta.slice(1).includes("base64")) {
      const text = decodeURIComponent(payload).replace(/\s+/g, "");
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Failure("malformed base64");
      body = Buffer.from(text, "base64");
    } else {
      body = Buffer.from(decodeURIComponent(payload), "utf8");
    }
  } catch {
    throw new Failure("malformed data: icon");
  }
  return toDataUrl(claimed, body);
}
