/**
 * Injected into the voice benchmark's portal tabs before the app's scripts
 * (Playwright addInitScript): when the first call row (`[data-call-id]`) is
 * committed to the DOM, on the page's own clock (performance.now(): 0 is
 * navigation start), as are the Overview's first figure and the Analytics
 * heatmap; and how many documents the Firestore Listen channel delivered, in
 * all and of calls (each one a billed read in production, rendered or not).
 */
(() => {
  const state = {
    firstRowAt: null,
    overviewAt: null,
    heatmapAt: null,
    callDocs: 0,
    allDocs: 0,
    reportedReads: 0,
  };
  window.__voiceBench = state;
  const firstSeen = {
    firstRowAt: "[data-call-id]",
    overviewAt: '[data-figure="calls"]',
    heatmapAt: '[data-testid="heatmap"]',
  };
  const check = () => {
    for (const [key, selector] of Object.entries(firstSeen)) {
      if (state[key] === null && document.querySelector(selector)) state[key] = performance.now();
    }
    for (const el of document.querySelectorAll("[data-documents-read]")) {
      state.reportedReads = Math.max(
        state.reportedReads,
        Number(el.getAttribute("data-documents-read")) || 0,
      );
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });

  const DOC = /"documentChange":\{"document":\{"name":"([^"]*)"/g;
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
          text += decoder.decode(value, { stream: true });
          let end = 0;
          for (const match of text.matchAll(DOC)) {
            state.allDocs += 1;
            if (/\/calls\/[^/]+$/.test(match[1])) state.callDocs += 1;
            end = match.index + match[0].length;
          }
          // Keep a tail that may hold the start of a name cut by the chunk boundary.
          text = text.slice(Math.max(end, text.length - 400));
        }
      })().catch(() => {});
    }
    return response;
  };
})();
