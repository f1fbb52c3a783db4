// Waspada citizens' check: the page works without this file. It only shows that a check is
// running (checking a link can take a few seconds) and stops a second tap from sending twice.
"use strict";
document.addEventListener("submit", function (event) {
  var button = event.target.querySelector("button[type=submit]");
  if (!button) { return; }
  if (button.disabled) { event.preventDefault(); return; }
  button.disabled = true;
  if (event.target.dataset.busy) {
    button.dataset.label = button.textContent;
    button.textContent = event.target.dataset.busy;
  }
});
// Coming back with the browser's Back button must not leave the button disabled.
window.addEventListener("pageshow", function () {
  document.querySelectorAll("button[type=submit][disabled]").forEach(function (b) {
    b.disabled = false;
    if (b.dataset.label) { b.textContent = b.dataset.label; }
  });
});
