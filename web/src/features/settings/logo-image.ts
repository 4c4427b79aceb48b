import { MAX_LOGO_BYTES } from "@portico/domain/branding";

const MAX_SIDE = 320;
const ACCEPTED = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"];

export class LogoError extends Error {}

/**
 * Scales an uploaded logo down in the browser (at most 320 px a side) and
 * returns a PNG or WebP data URL under 100 KB, to store inline in Firestore.
 */
export async function resizeLogo(file: File): Promise<string> {
  if (!ACCEPTED.includes(file.type)) {
    throw new LogoError("Choose a PNG, JPEG, WebP or SVG image.");
  }
  const url = URL.createObjectURL(file);
  try {
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new LogoError("That file could not be read as an image."));
      img.src = url;
    });
    const scale = Math.min(
      1,
      MAX_SIDE / Math.max(image.naturalWidth || MAX_SIDE, image.naturalHeight || MAX_SIDE),
    );
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round((image.naturalWidth || MAX_SIDE) * scale));
    canvas.height = Math.max(1, Math.round((image.naturalHeight || MAX_SIDE) * scale));
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);

    for (const [type, quality] of [
      ["image/png", undefined],
      ["image/webp", 0.9],
      ["image/webp", 0.7],
    ] as const) {
      const dataUrl = canvas.toDataURL(type, quality);
      const bytes = Math.floor(((dataUrl.length - dataUrl.indexOf(",") - 1) * 3) / 4);
      if (dataUrl.startsWith(`data:${type}`) && bytes <= MAX_LOGO_BYTES) return dataUrl;
    }
    throw new LogoError("The logo must be under 100 KB, even after resizing. Try a simpler image.");
  } finally {
    URL.revokeObjectURL(url);
  }
}
