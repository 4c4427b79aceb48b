/**
 * Injected into every benchmark page before the app's own scripts
 * (Playwright addInitScript). Watches the clients list from inside the page,
 * so times are the page's own clock (performance.now(): 0 is navigation start;
 * input events carry the same clock), with no round trip to the driver.
 *
 * The list renders one `[data-testid="clients-scroll"]` element per query (the
 * view remounts when the search changes); each carries `data-documents-read`.
 * window.__bench keeps, per view element: when it appeared, when its first row
 * was committed to the DOM, and the most documents it reported.
 */
(() => {
  const VIEW = '[data-testid="clients-scroll"]';
  const DATA_ROW = "tbody tr:not(.spacer-row)";
  const views = [];
  const state = { lastInput: null, firstInput: null, inputs: 0, countShownAt: null };

  const readsOf = (el) => Number(el.getAttribute("data-documents-read")) || 0;
  const rowCountOf = (el) =>
    Math.max(0, Number(el.querySelector("table")?.getAttribute("aria-rowcount") ?? 1) - 1);

  function check() {
    const now = performance.now();
    for (const el of document.querySelectorAll(VIEW)) {
      let view = views.find((candidate) => candidate.el === el);
      if (!view) {
        view = { el, firstSeen: now, firstRowAt: null, readsAtFirstRow: null, reads: 0 };
        views.push(view);
      }
      view.reads = Math.max(view.reads, readsOf(el));
      if (view.firstRowAt === null && el.querySelector(DATA_ROW)) {
        view.firstRowAt = now;
        view.readsAtFirstRow = readsOf(el);
      }
    }
    if (state.countShownAt === null && /^\d+ clients?$/.test(headerText())) {
      state.countShownAt = now;
    }
  }

  function headerText() {
    return document.querySelector(".page-header p[aria-live]")?.textContent?.trim() ?? "";
  }

  function plain(view) {
    return {
      index: views.indexOf(view),
      firstSeen: view.firstSeen,
      firstRowAt: view.firstRowAt,
      readsAtFirstRow: view.readsAtFirstRow,
      reads: view.reads,
    };
  }

  /** The view on screen now (the others were replaced by a newer query). */
  function current() {
    check();
    const view = views.find((candidate) => candidate.el.isConnected);
    if (!view) return null;
    const rows = [...view.el.querySelectorAll(DATA_ROW)];
    return {
      ...plain(view),
      rowsLoaded: rowCountOf(view.el),
      rowsInDom: rows.length,
      trInDocument: document.querySelectorAll("tr").length,
      liveListeners: Number(view.el.getAttribute("data-live-listeners") ?? Number.NaN),
      rowTexts: rows.map((row) => row.textContent ?? ""),
      rowLinks: rows.map((row) => row.querySelector("a")?.getAttribute("href") ?? ""),
    };
  }

  function summary() {
    check();
    return {
      views: views.map(plain),
      current: current(),
      lastInput: state.lastInput,
      firstInput: state.firstInput,
      inputs: state.inputs,
      countShownAt: state.countShownAt,
      headerText: headerText(),
      wire: { ...wire },
    };
  }

  /** Scrolls the view on screen to its end; resolves once the next page's rows are in. */
  function scrollToEnd(timeoutMs) {
    const view = views.find((candidate) => candidate.el.isConnected);
    if (!view) return Promise.reject(new Error("No clients list on screen."));
    const before = rowCountOf(view.el);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`No new rows within ${timeoutMs} ms of scrolling (${before} loaded).`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (rowCountOf(view.el) <= before) return;
        const ms = performance.now() - started;
        observer.disconnect();
        clearTimeout(timer);
        check();
        resolve({ ms, rowsLoaded: rowCountOf(view.el), reads: readsOf(view.el) });
      });
      observer.observe(view.el, { subtree: true, childList: true, attributes: true });
      view.el.scrollTop = view.el.scrollHeight;
    });
  }

  /**
   * What the server sends: the Firestore SDK's Listen channel is a streamed
   * fetch; a tee of its body counts client documents (each one a billed read
   * in production, rendered or not) and bytes.
   */
  const wire = { clientDocs: 0, bytes: 0 };
  const CLIENT_DOC =
    /"documentChange":\{"document":\{"name":"[^"]*\/(?:clients|clientRows)\/[^"/]+"/g;
  const originalFetch = window.fetch;
  window.fetch = async function (input, init) {
    const response = await originalFetch.call(this, input, init);
    const url = String(input?.url ?? input);
    if (url.includes("/Listen/channel") && response.body) {
      const reader = response.clone().body.getReader();
      const decoder = new TextDecoder();
      let text = "";
      void (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          wire.bytes += value.byteLength;
          text += decoder.decode(value, { stream: true });
          let end = 0;
          for (const match of text.matchAll(CLIENT_DOC)) {
            wire.clientDocs += 1;
            end = match.index + match[0].length;
          }
          // Keep a tail that may hold the start of a name cut by the chunk boundary.
          text = text.slice(Math.max(end, text.length - 400));
        }
      })().catch(() => {});
    }
    return response;
  };

  document.addEventListener(
    "input",
    (event) => {
      if (event.target?.id !== "client-search") return;
      state.lastInput = event.timeStamp;
      state.firstInput ??= event.timeStamp;
      state.inputs += 1;
    },
    true,
  );
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["data-documents-read"],
  });
  window.__bench = { summary, current, scrollToEnd };
})();
