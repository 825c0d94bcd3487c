// The report page's "copy" button: shown only when the Clipboard API is there; without script
// the text stays selectable in its box.
(function () {
  var buttons = document.querySelectorAll("button.copy[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    (function (button) {
      var box = document.getElementById(button.getAttribute("data-copy"));
      if (!box || !navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(box.value).then(function () {
          button.textContent = button.getAttribute("data-done");
        }, function () { box.select(); });
      });
    })(buttons[i]);
  }
})();
