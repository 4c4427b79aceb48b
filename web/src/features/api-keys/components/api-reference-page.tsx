import { API_ERRORS, type ApiErrorCode } from "@portico/domain/api/errors";
import { API_SCOPE_LABELS, API_SCOPES } from "@portico/domain/api/keys";
import {
  API_OPERATIONS,
  API_TAGS,
  type ApiOperation,
  pathParams,
} from "@portico/domain/api/operations";
import { API_PAGE_SIZE } from "@portico/domain/api/resources";
import { RATE_LIMITS } from "@portico/domain/rate-limits";
import { sampleEventBody } from "@portico/domain/webhooks/event-samples";
import { WEBHOOK_EVENT_INFO, WEBHOOK_EVENT_TYPES } from "@portico/domain/webhooks/events";
import { Link } from "react-router";

const API_PATH = "/api/v1";

/** Example text, wrapped rather than scrolled so it fits a phone. */
function Code({ label, children }: { label: string; children: string }) {
  return (
    <figure className="api-example">
      <figcaption className="muted small">{label}</figcaption>
      <pre className="api-code">
        <code>{children}</code>
      </pre>
    </figure>
  );
}

function exampleUrl(operation: ApiOperation, base: string): string {
  let path = operation.path;
  for (const name of pathParams(operation.path)) {
    path = path.replace(`{${name}}`, operation.example.params?.[name] ?? name);
  }
  const query = new URLSearchParams(operation.example.query ?? {}).toString();
  return `${base}${path}${query ? `?${query}` : ""}`;
}

function curlOf(operation: ApiOperation, base: string): string {
  const lines = [`curl -X ${operation.method} "${exampleUrl(operation, base)}"`];
  lines.push(`  -H "Authorization: Bearer $PORTICO_API_KEY"`);
  if (operation.body) {
    lines.push(`  -H "Content-Type: application/json"`);
    if (operation.method === "POST") lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`  -d '${JSON.stringify(operation.example.body, null, 2)}'`);
  }
  return lines.join(" \\\n");
}

function Operation({ operation, base }: { operation: ApiOperation; base: string }) {
  const headingId = `op-${operation.id}`;
  const query = operation.query ? Object.keys(operation.query.shape) : [];
  return (
    <article className="api-operation stack-sm" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span className="api-method">{operation.method}</span> <code>{operation.path}</code>:{" "}
        {operation.summary}
      </h4>
      <p>{operation.description}</p>
      <p className="muted small">
        Scope: <code>{operation.scope}</code>
        {query.length > 0 && (
          <>
            {" "}
            · Query:{" "}
            {query.map((name, index) => (
              <span key={name}>
                {index > 0 && ", "}
                <code>{name}</code>
              </span>
            ))}
          </>
        )}
      </p>
      <Code label="Example request">{curlOf(operation, base)}</Code>
      <Code label="Example response">
        {`HTTP ${operation.success.status}\n${JSON.stringify(operation.example.response, null, 2)}`}
      </Code>
    </article>
  );
}

/** Settings -> API -> reference: how to call the REST API, with an example per operation. */
export function ApiReferencePage() {
  const base = `${window.location.origin}${API_PATH}`;
  const limit = RATE_LIMITS.apiPerKey;
  return (
    <div className="stack-lg api-reference">
      <section className="card stack" aria-labelledby="api-reference-heading">
        <h2 id="api-reference-heading">API reference</h2>
        <p>
          Base URL: <code>{base}</code>. The same reference as an OpenAPI 3.1 document:{" "}
          <a href={`${API_PATH}/openapi.json`}>openapi.json</a>. Keys are made under{" "}
          <Link to="/settings/api">Settings → API</Link>.
        </p>
        <h3>Authentication and scopes</h3>
        <p>
          Send the key in every request: <code>Authorization: Bearer ptk_…</code>. A key can do only
          what its scopes allow:
        </p>
        <ul>
          {API_SCOPES.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>: {API_SCOPE_LABELS[scope].description}
            </li>
          ))}
        </ul>
        <h3>Lists, retries and limits</h3>
        <ul>
          <li>
            Lists come newest first in pages of {API_PAGE_SIZE.default} (<code>limit</code> up to{" "}
            {API_PAGE_SIZE.max}). Pass a page's <code>nextCursor</code> as <code>cursor</code> for
            the next; it is <code>null</code> on the last page.
          </li>
          <li>
            Send an <code>Idempotency-Key</code> header (e.g. a UUID) with each create. A retry with
            the same key within 24 hours gets the first answer (marked{" "}
            <code>Idempotent-Replayed: true</code>) and creates nothing.
          </li>
          <li>
            Each key may make {limit.limit} requests per {limit.windowSeconds} seconds. Past that
            the API answers 429 with <code>Retry-After</code> (seconds).
          </li>
          <li>Bodies are JSON, at most 64 KB; unknown fields are refused.</li>
        </ul>
        <h3>Errors</h3>
        <p>
          Every error is <code>{"{error: {code, message, fields?}}"}</code>; <code>fields</code>{" "}
          names each field that needs attention.
        </p>
        <dl className="api-errors">
          {(Object.keys(API_ERRORS) as ApiErrorCode[]).map((code) => (
            <div key={code}>
              <dt>
                {API_ERRORS[code].status} <code>{code}</code>
              </dt>
              <dd>{API_ERRORS[code].message}</dd>
            </div>
          ))}
        </dl>
      </section>
      {API_TAGS.map((tag) => (
        <section key={tag} className="card stack" aria-label={tag}>
          <h3>{tag}</h3>
          {(API_OPERATIONS as readonly ApiOperation[])
            .filter((operation) => operation.tag === tag)
            .map((operation) => (
              <Operation key={operation.id} operation={operation} base={base} />
            ))}
        </section>
      ))}
      <WebhookEvents />
    </div>
  );
}

/** What each webhook event posts, from the domain's event schemas' samples. */
function WebhookEvents() {
  return (
    <section className="card stack" aria-labelledby="api-events-heading">
      <h3 id="api-events-heading">Webhook events: sample payloads</h3>
      <p>
        Endpoints added under <Link to="/settings/webhooks">Settings → Webhooks</Link> or subscribed
        with <code>POST /hooks</code> get a JSON <code>POST</code> per event,{" "}
        <code>{"{type, timestamp, data}"}</code>, signed the Standard Webhooks way (
        <code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>).
        The <code>webhook-id</code> is the same on every retry and replay: deduplicate by it.
      </p>
      {WEBHOOK_EVENT_TYPES.map((type) => (
        <article key={type} className="api-operation stack-sm" aria-labelledby={`event-${type}`}>
          <h4 id={`event-${type}`}>
            <code>{type}</code>: {WEBHOOK_EVENT_INFO[type].label}
          </h4>
          <p>{WEBHOOK_EVENT_INFO[type].description}</p>
          <Code label={`Sample ${type} payload`}>
            {JSON.stringify(sampleEventBody(type), null, 2)}
          </Code>
        </article>
      ))}
    </section>
  );
}
