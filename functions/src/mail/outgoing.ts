/**
 * The sender: MAIL_FROM's address (the domain that is set up to send), with
 * the agency's name when the mail is the agency's.
 */
export function sender(mailFrom: string, fromName: string | undefined) {
  if (!fromName) return mailFrom;
  // MAIL_FROM is "Name <address>" or a bare address.
  const address = (/<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? { name: fromName, address } : mailFrom;
}

const DATA_IMAGE = /src="data:(image\/(?:png|jpeg|webp|gif|svg\+xml));base64,([A-Za-z0-9+/=]+)"/g;
const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/svg+xml": "svg",
};

export interface InlineImage {
  filename: string;
  content: string;
  encoding: "base64";
  contentType: string;
  cid: string;
}

/**
 * Gmail and Outlook drop `data:` images, so an uploaded logo travels as an
 * inline attachment that the HTML names by Content-ID. The stored mail keeps
 * the data URL (the app's previews show it as is).
 */
export function inlineImages(html: string): { html: string; attachments: InlineImage[] } {
  const attachments: InlineImage[] = [];
  const rewritten = html.replace(DATA_IMAGE, (_, contentType: string, content: string) => {
    const index = attachments.length + 1;
    const cid = `image-${index}@portico.mail`;
    const extension = EXTENSIONS[contentType] ?? "img";
    attachments.push({
      filename: `logo-${index}.${extension}`,
      content,
      encoding: "base64",
      contentType,
      cid,
    });
    return `src="cid:${cid}"`;
  });
  return { html: rewritten, attachments };
}
