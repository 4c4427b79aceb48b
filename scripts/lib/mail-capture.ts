/**
 * Local SMTP capture for development and tests: an SMTP server that keeps every
 * message in memory, and a small HTTP side:
 *   GET  /                      dev inbox (list, rendered HTML, clickable links)
 *   GET  /api/messages          captured messages as JSON (?to=address filters)
 *   GET  /messages/:id.html     one message's HTML
 *   DELETE /api/messages        forget everything
 *   POST /api/smtp/down|up      stop / restart the SMTP listener (outage tests)
 */
import { createServer, type Server } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  id: string;
  messageId: string | undefined;
  from: string;
  /** The sender's display name ("" when none). */
  fromName: string;
  replyTo: string[];
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  /** Attachments as received; inline images carry their Content-ID. */
  attachments: {
    filename: string;
    contentType: string;
    cid: string;
    size: number;
    /** Base64, so the inbox can show inline images. */
    content: string;
  }[];
  receivedAt: string;
}

interface MailCaptureOptions {
  smtpPort: number;
  httpPort: number;
  host?: string;
}

function addresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry: { value?: { address?: string }[] }) =>
    (entry.value ?? []).map((v) => (v.address ?? "").toLowerCase()).filter(Boolean),
  );
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

export async function startMailCapture({
  smtpPort,
  httpPort,
  host = "127.0.0.1",
}: MailCaptureOptions) {
  const messages: CapturedMail[] = [];
  let counter = 0;

  const createSmtp = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        // keepCidLinks: the HTML as sent, naming inline images by cid: (not inlined back).
        simpleParser(stream, { keepCidLinks: true })
          .then((parsed) => {
            counter += 1;
            messages.push({
              id: String(counter),
              messageId: parsed.messageId,
              from: addresses(parsed.from)[0] ?? "",
              fromName: parsed.from?.value[0]?.name ?? "",
              replyTo: addresses(parsed.replyTo),
              to: addresses(parsed.to),
              cc: addresses(parsed.cc),
              subject: parsed.subject ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              text: parsed.text ?? "",
              attachments: parsed.attachments.map((attachment) => ({
                filename: attachment.filename ?? "",
                contentType: attachment.contentType,
                cid: attachment.cid ?? "",
                size: attachment.size,
                content: attachment.content.toString("base64"),
              })),
              receivedAt: new Date().toISOString(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });

  let smtp: SMTPServer | null = null;
  const smtpUp = () =>
    new Promise<void>((resolve, reject) => {
      if (smtp) return resolve();
      const server = createSmtp();
      server.on("error", reject);
      server.listen(smtpPort, host, () => {
        smtp = server;
        resolve();
      });
    });
  const smtpDown = () =>
    new Promise<void>((resolve) => {
      const server = smtp;
      smtp = null;
      if (!server) return resolve();
      server.close(() => resolve());
    });

  const inboxPage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Portico dev inbox</title>
<style>body{font-family:system-ui,sans-serif;margin:0;display:grid;grid-template-columns:360px 1fr;height:100vh}
ul{list-style:none;margin:0;padding:0;overflow:auto;border-right:1px solid #ddd}li a{display:block;padding:10px 14px;border-bottom:1px solid #eee;color:inherit;text-decoration:none}
li a:hover{background:#f5f5ff}small{color:#666}iframe{width:100%;height:100%;border:0}h1{font-size:16px;padding:12px 14px;margin:0;border-bottom:1px solid #ddd}</style></head>
<body><div><h1>Dev inbox (${messages.length})</h1><ul>${[...messages]
    .reverse()
    .map(
      (m) =>
        `<li><a href="/messages/${m.id}.html" target="mail"><strong>${escapeHtml(m.subject)}</strong><br><small>to ${escapeHtml(
          m.to.join(", "),
        )}${m.cc.length ? ` · cc ${escapeHtml(m.cc.join(", "))}` : ""} · ${m.receivedAt}</small></a></li>`,
    )
    .join("")}</ul></div><iframe name="mail" title="Message"></iframe></body></html>`;

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(inboxPage());
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      json(200, to ? messages.filter((m) => m.to.includes(to) || m.cc.includes(to)) : messages);
      return;
    }
    if (req.method === "DELETE" && url.pathname === "/api/messages") {
      messages.length = 0;
      json(200, { ok: true });
      return;
    }
    const htmlMatch = /^\/messages\/(\d+)\.html$/.exec(url.pathname);
    if (req.method === "GET" && htmlMatch) {
      const message = messages.find((m) => m.id === htmlMatch[1]);
      if (!message) return json(404, { error: "not found" });
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      // Inline images (cid:) shown as the mail client would.
      const html = message.attachments.reduce(
        (page, a) =>
          a.cid
            ? page.replaceAll(`cid:${a.cid}`, `data:${a.contentType};base64,${a.content}`)
            : page,
        message.html,
      );
      res.end(html || `<pre>${escapeHtml(message.text)}</pre>`);
      return;
    }
    if (req.method === "POST" && url.pathname === "/api/smtp/down") {
      void smtpDown().then(() => json(200, { smtp: "down" }));
      return;
    }
    if (req.method === "POST" && url.pathname === "/api/smtp/up") {
      void smtpUp().then(() => json(200, { smtp: "up" }));
      return;
    }
    json(404, { error: "not found" });
  });

  await smtpUp();
  await new Promise<void>((resolve, reject) => {
    http.on("error", reject);
    http.listen(httpPort, host, resolve);
  });

  return {
    inboxUrl: `http://${host}:${httpPort}`,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    async stop() {
      await smtpDown();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
