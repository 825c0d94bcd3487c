(function () {
  // The "send what I see" window: ask the page that opened us for its HTML, then post it.
  // Allowed by its SHA-256 in this page's Content-Security-Policy; no other script runs here.
  var form = document.getElementById("send-form");
  var status = document.getElementById("send-status");
  if (!form || !status) { return; }
  if (!window.opener) { status.textContent = status.getAttribute("data-no-opener"); return; }
  var done = false;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (done || event.source !== window.opener || !data || data.cekresmi !== "page") { return; }
    done = true;
    form.elements.html.value = String(data.html || "");
    form.elements.image.value = String(data.image || "");
    form.elements.url.value = String(data.url || "");
    status.textContent = status.getAttribute("data-sending");
    form.submit();
  });
  // Nothing secret in "ready": whoever opened us may answer with a page to check, exactly
  // what it could post to /send itself.
  window.opener.postMessage({ cekresmi: "ready" }, "*");
  setTimeout(function () {
    if (!done) { status.textContent = status.getAttribute("data-no-opener"); }
  }, 8000);
})();
