// A JSONP client for the VSCP REST API and the exchange that BrowserJsonpIT checks.
// The exchange starts when the page has loaded.

"use strict";

const REQUEST_TIMEOUT_MS = 10000;
const DEFAULT_CALLBACK = "handler";

let callbackCounter = 0;

/**
 * Sends one JSONP request by inserting a <script> tag, as jQuery does.
 *
 * With useDefaultCallback false, the request names a fresh global function
 * vscpCb_<n> in the callback parameter. With true, it sends no callback
 * parameter and defines the global function handler, so the server's default
 * is what runs. Only one request with the default callback may be pending at
 * a time because they all share that one global name.
 *
 * Resolves to {callback, response} once the script has run and called the
 * callback exactly once. Rejects when the script fails to load (network error
 * or HTTP error status), when the callback is not called or is called more
 * than once, or after REQUEST_TIMEOUT_MS.
 */
function jsonpRequest(restUrl, params, useDefaultCallback) {
  return new Promise((resolve, reject) => {
    const callback = useDefaultCallback ? DEFAULT_CALLBACK : "vscpCb_" + (++callbackCounter);
    const query = new URLSearchParams(params);
    if (!useDefaultCallback) {
      query.set("callback", callback);
    }

    const responses = [];
    window[callback] = (response) => responses.push(response);

    const script = document.createElement("script");
    let timer = null;
    const finish = (error) => {
      clearTimeout(timer);
      delete window[callback];
      script.remove();
      if (error) {
        reject(new Error(error));
      } else {
        resolve({ callback: callback, response: responses[0] });
      }
    };

    timer = setTimeout(() => finish(
        "The request op=" + params.op + " timed out after " + REQUEST_TIMEOUT_MS + " ms."),
        REQUEST_TIMEOUT_MS);

    // The load event fires after the script has run, so the calls are counted by then.
    script.onload = () => {
      if (responses.length === 1) {
        finish(null);
      } else {
        finish("The request op=" + params.op + " called " + callback + " "
            + responses.length + " times, expected exactly once.");
      }
    };
    script.onerror = () => finish("The script of op=" + params.op
        + " failed to load (network error or HTTP error status).");

    script.src = restUrl + "?" + query.toString();
    document.head.appendChild(script);
  });
}

function readServerParameter() {
  const server = new URLSearchParams(window.location.search).get("server");
  if (!server) {
    throw new Error("The page URL has no server parameter; expected "
        + "?server=http://host:port/vscp (the REST server's base URL).");
  }
  return server.replace(/\/+$/, "");
}

function showResult(steps) {
  // One step per line keeps the JSON readable in the screenshot and parseable by the test.
  const lines = Object.entries(steps)
      .map(([name, value]) => "  " + JSON.stringify(name) + ": " + JSON.stringify(value));
  document.getElementById("result").textContent = "{\n" + lines.join(",\n") + "\n}";
}

function requireSession(name, response) {
  if (response.success !== true || typeof response.vscpsession !== "string") {
    throw new Error("Opening session " + name + " failed: " + JSON.stringify(response));
  }
  return response.vscpsession;
}

/**
 * Opens sessions A and B as admin, sends an event from A, reads it from B,
 * reads from A (which must get an empty queue, never its own event) and
 * closes both. Each step's callback name and response go into the result.
 */
async function runExchange() {
  const steps = { pageOrigin: window.location.origin };
  const status = document.getElementById("status");

  const record = async (name, params, useDefaultCallback) => {
    const reply = await jsonpRequest(steps.restUrl, params, useDefaultCallback === true);
    steps[name] = reply;
    showResult(steps);
    return reply.response;
  };

  try {
    steps.restUrl = readServerParameter() + "/rest";

    const credentials = { vscpuser: "admin", vscpsecret: "secret", format: "jsonp" };
    let keyA = null;
    let keyB = null;
    try {
      keyA = requireSession("A", await record("openA", { op: "open", ...credentials }));
      keyB = requireSession("B", await record("openB", { op: "open", ...credentials }));

      await record("sendA", { op: "sendevent", vscpsession: keyA, format: "jsonp",
        vscpevent: "0,20,3,0,,0,-,1,2,3" });
      await record("readB", { op: "readevent", vscpsession: keyB, format: "jsonp", count: "10" });
      await record("readA", { op: "readevent", vscpsession: keyA, format: "jsonp", count: "10" });
    } finally {
      // Session A closes with the default callback, so the server's default name runs once too.
      if (keyA) {
        await record("closeA", { op: "close", vscpsession: keyA, format: "jsonp" }, true);
      }
      if (keyB) {
        await record("closeB", { op: "close", vscpsession: keyB, format: "jsonp" });
      }
    }

    status.textContent = "done";
  } catch (error) {
    steps.error = String(error && error.message ? error.message : error);
    showResult(steps);
    status.textContent = "error: " + steps.error;
  }
}

window.addEventListener("load", runExchange);
