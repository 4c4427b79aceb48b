import { onboardingEmbedPath } from "@portico/domain/onboarding-pages/page";
import { QRCodeSVG } from "qrcode.react";
import { useId, useState } from "react";
import { Button } from "../../../components/button";
import { useToast } from "../../../components/toast";
import { copyText, publicPageUrl } from "./page-actions";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A button for the agency's website that opens the page in a new tab. */
function buttonSnippet(url: string, label: string, colors: { fill: string; text: string }) {
  return `<a href="${escapeAttribute(url)}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 20px;border-radius:6px;background:${colors.fill};color:${colors.text};font:600 16px/1.2 system-ui,sans-serif;text-decoration:none">${escapeAttribute(label)}</a>`;
}

/** The page inside the agency's website (the embed path allows framing; the rest of Portico doesn't). */
function iframeSnippet(src: string, title: string) {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;max-width:720px;height:760px;border:0"></iframe>`;
}

function Snippet({ label, hint, code }: { label: string; hint: string; code: string }) {
  const toast = useToast();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        className="input code-snippet"
        readOnly
        rows={3}
        value={code}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <Button
          variant="secondary"
          className="btn-small"
          onClick={async () => {
            const copied = await copyText(code);
            toast.show(copied ? `${label} copied` : "Couldn't copy", {
              tone: copied ? "success" : "error",
            });
          }}
        >
          Copy {label.toLowerCase()}
        </Button>
      </div>
    </div>
  );
}

/**
 * Distribution: the link (with an optional `?ref=` for the agency's CRM),
 * an embed snippet (a button, or the page framed in the agency's site) and a
 * QR code of the link.
 */
export function SharePanel({
  agencyId,
  slug,
  name,
  colors,
}: {
  agencyId: string;
  slug: string;
  name: string;
  colors: { fill: string; text: string };
}) {
  const url = publicPageUrl(agencyId, slug);
  const embedUrl = `${window.location.origin}${onboardingEmbedPath(agencyId, slug)}`;
  const [mode, setMode] = useState<"button" | "iframe">("button");
  const linkId = useId();
  return (
    <section className="card stack" aria-labelledby="share-heading">
      <h2 id="share-heading">Share</h2>
      <div className="field">
        <label htmlFor={linkId} className="field-label">
          Link
        </label>
        <p className="field-hint" id={`${linkId}-hint`}>
          Add <code>?ref=</code> and your own ID (e.g. a CRM contact's) to keep it on the client the
          page creates.
        </p>
        <input
          id={linkId}
          className="input"
          readOnly
          value={url}
          aria-describedby={`${linkId}-hint`}
        />
      </div>
      <fieldset className="radio-group">
        <legend className="field-label">Embed on your website</legend>
        <label className="choice">
          <input type="radio" checked={mode === "button"} onChange={() => setMode("button")} />A
          button that opens the page
        </label>
        <label className="choice">
          <input type="radio" checked={mode === "iframe"} onChange={() => setMode("iframe")} />
          The page inside your site (iframe)
        </label>
      </fieldset>
      {mode === "button" ? (
        <Snippet
          label="Button code"
          hint="Paste it where the button should appear."
          code={buttonSnippet(url, "Get started", colors)}
        />
      ) : (
        <Snippet
          label="Iframe code"
          hint="Only this embed address may be framed, and only by https sites."
          code={iframeSnippet(embedUrl, name)}
        />
      )}
      <figure className="qr-code">
        <QRCodeSVG value={url} size={160} marginSize={2} title={`QR code of ${name}'s link`} />
        <figcaption className="muted small">
          Scan to open the page (for print and slides).
        </figcaption>
      </figure>
    </section>
  );
}
